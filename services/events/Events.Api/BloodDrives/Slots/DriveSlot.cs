using PatientNetwork.Events.AwarenessEvents;

namespace PatientNetwork.Events.BloodDrives.Slots;

/// <summary>
/// A batch of donors at a site: generated from the site's figures, its capacity editable one by one but never below the
/// places booked. Places are counted from bookings while the slot's row is locked (<see cref="Donors.BookingDesk"/>).
/// </summary>
public sealed class DriveSlot
{
    private DriveSlot()
    {
    }

    public Guid Id { get; private set; }

    public Guid DriveId { get; private set; }

    public Guid SiteId { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public int Capacity { get; private set; }

    /// <summary>The version of the slot's places the public calendar last got; raised only with the slot's row locked.</summary>
    public int PublicVersion { get; private set; }

    public static DriveSlot Generate(Guid driveId, Guid siteId, DateTimeOffset startsAt, DateTimeOffset endsAt, int capacity) => new()
    {
        Id = Guid.CreateVersion7(startsAt),
        DriveId = driveId,
        SiteId = siteId,
        StartsAt = startsAt,
        EndsAt = endsAt,
        Capacity = capacity,
        PublicVersion = 1,
    };

    /// <summary>Changes the batch size; call with the slot locked and the places it holds counted.</summary>
    public void Resize(int capacity, int booked)
    {
        if (capacity < booked)
        {
            throw new EventRuleException($"The slot holds {booked} bookings; its capacity cannot go below that.");
        }

        Capacity = capacity;
    }

    /// <summary>The next version of the slot's places for the public calendar; call with the slot's row locked.</summary>
    public int NextPublicVersion() => ++PublicVersion;
}
