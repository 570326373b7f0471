namespace PatientNetwork.Partnerships.Calendar;

/// <summary>
/// A blood-drive slot as the public calendar shows it under its event: times, site and places, no donor. Kept at the
/// newest <see cref="Version"/> Events sent (<see cref="ShowFreePlacesWhenDriveSlotsChanged"/>); shown only while its
/// event is listed.
/// </summary>
public sealed class PublicDriveSlot
{
    private PublicDriveSlot()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The awareness event of the drive (<see cref="PublicEvent.Id"/>).</summary>
    public Guid EventId { get; private set; }

    public Guid DriveId { get; private set; }

    public int Version { get; private set; }

    public string Site { get; private set; } = "";

    public string City { get; private set; } = "";

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public int Capacity { get; private set; }

    /// <summary>Confirmed bookings.</summary>
    public int Booked { get; private set; }

    /// <summary>When each online booking still awaiting its SMS code stops holding its place.</summary>
    public List<DateTimeOffset> HeldUntil { get; private set; } = [];

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Places a donor can book at <paramref name="now"/>: holds that expired free their place without another message.</summary>
    public int FreeAt(DateTimeOffset now) => Math.Max(0, Capacity - Booked - HeldUntil.Count(until => until > now));
}
