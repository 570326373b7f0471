using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Events.BloodDrives.Donors;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Messaging.Outbox;

namespace PatientNetwork.Events.BloodDrives.Slots;

/// <summary>
/// Puts in the outbox, in the transaction that changed them, the places of slots for Partnerships' public calendar
/// (<see cref="BloodDriveSlotsChanged"/>): one message per drive, each slot at its next <see cref="DriveSlot.PublicVersion"/>.
/// Sent whether or not the drive's event is public yet: the calendar shows a drive's slots only while it lists the event,
/// so the event's publication needs no message of its own and the two messages may arrive in either order.
/// </summary>
public static class FreePlacesMessage
{
    /// <summary>Call with the slots' rows locked (or just created) and the bookings' changes saved.</summary>
    public static async Task AddAsync(EventsDbContext db, IReadOnlyCollection<DriveSlot> slots, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slots);
        if (slots.Count == 0)
        {
            return;
        }

        var slotIds = slots.Select(s => s.Id).ToList();
        var siteIds = slots.Select(s => s.SiteId).Distinct().ToList();
        var holding = await db.DonorBookings.AsNoTracking()
            .Where(b => slotIds.Contains(b.SlotId)
                && (b.Status == BookingStatus.Booked || (b.Status == BookingStatus.AwaitingConfirmation && b.HoldExpiresAt > now)))
            .Select(b => new { b.SlotId, b.Status, b.HoldExpiresAt })
            .ToListAsync(cancellationToken);
        var sites = await (from s in db.DriveSites.AsNoTracking()
                           join d in db.BloodDrives.AsNoTracking() on s.DriveId equals d.Id
                           where siteIds.Contains(s.Id)
                           select new { s.Id, s.Name, s.City, d.EventId }).ToDictionaryAsync(s => s.Id, cancellationToken);
        foreach (var drive in slots.GroupBy(s => s.DriveId))
        {
            var snapshots = drive.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Select(slot =>
            {
                var site = sites[slot.SiteId];
                var mine = holding.Where(b => b.SlotId == slot.Id).ToList();
                return new PublicDriveSlotSnapshot(slot.Id, slot.NextPublicVersion(), site.Name, site.City, slot.StartsAt, slot.EndsAt, slot.Capacity,
                    mine.Count(b => b.Status == BookingStatus.Booked),
                    [.. mine.Where(b => b.Status == BookingStatus.AwaitingConfirmation).Select(b => b.HoldExpiresAt!.Value).Order()]);
            }).ToList();
            db.AddIntegrationEvent(new BloodDriveSlotsChanged(Guid.CreateVersion7(now), now, sites[drive.First().SiteId].EventId, drive.Key, snapshots));
        }
    }
}
