using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Inbox;
using PatientNetwork.Partnerships.Caching;
using PatientNetwork.Partnerships.Infrastructure;

namespace PatientNetwork.Partnerships.Calendar;

/// <summary>
/// Keeps each blood-drive slot of the public calendar at the newest version Events sent. One upsert per slot that only
/// replaces an older version, so concurrent deliveries, redeliveries and late messages leave the newest places.
/// </summary>
public sealed class ShowFreePlacesWhenDriveSlotsChanged(
    PartnershipsDbContext db,
    TimeProvider time,
    PublicReadCache cache,
    ILogger<ShowFreePlacesWhenDriveSlotsChanged> logger)
    : IdempotentConsumer<BloodDriveSlotsChanged, PartnershipsDbContext>(db, time, logger)
{
    public override string InboxName => "ShowFreePlacesWhenDriveSlotsChanged";

    protected override async Task HandleAsync(BloodDriveSlotsChanged message, CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        foreach (var slot in message.Slots)
        {
            var startsAt = slot.StartsAt.ToUniversalTime();
            var endsAt = slot.EndsAt.ToUniversalTime();
            var heldUntil = slot.HeldUntil.Select(h => h.ToUniversalTime()).ToArray();
            await Db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO public_drive_slots (id, event_id, drive_id, version, site, city, starts_at, ends_at, capacity, booked, held_until, updated_at)
                VALUES ({slot.SlotId}, {message.AwarenessEventId}, {message.DriveId}, {slot.Version}, {slot.Site}, {slot.City}, {startsAt}, {endsAt},
                        {slot.Capacity}, {slot.Booked}, {heldUntil}, {now})
                ON CONFLICT (id) DO UPDATE SET version = excluded.version, site = excluded.site, city = excluded.city,
                    starts_at = excluded.starts_at, ends_at = excluded.ends_at, capacity = excluded.capacity, booked = excluded.booked,
                    held_until = excluded.held_until, updated_at = excluded.updated_at
                WHERE public_drive_slots.version < excluded.version
                """, cancellationToken);
        }
    }

    protected override Task AfterCommitAsync(BloodDriveSlotsChanged message, CancellationToken cancellationToken) =>
        cache.InvalidateAsync(PublicCalendarApi.CacheArea);
}
