using PatientNetwork.Events.AwarenessEvents;

namespace PatientNetwork.Events.BloodDrives.Transport;

/// <summary>
/// One trip of a vehicle for one slot: out (stops, then the site before the slot starts, with a margin) or back (from
/// the site after the slot ends plus rest, then the stops). Seats are counted per run from bookings, under the run's
/// row lock; a vehicle's live runs never overlap in time (an exclusion constraint on its time range).
/// </summary>
public sealed class TransportRun
{
    /// <summary>Donors are at the site this long before their slot starts.</summary>
    public static readonly TimeSpan ArrivalMargin = TimeSpan.FromMinutes(15);

    /// <summary>Donors rest this long after their slot before the ride home.</summary>
    public static readonly TimeSpan RestAfterDonating = TimeSpan.FromMinutes(15);

    private TransportRun()
    {
    }

    public Guid Id { get; private set; }

    public Guid DriveId { get; private set; }

    public Guid SlotId { get; private set; }

    public Guid VehicleId { get; private set; }

    public RunLeg Leg { get; private set; }

    public string City { get; private set; } = "";

    public DateTimeOffset DepartsAt { get; private set; }

    public DateTimeOffset ArrivesAt { get; private set; }

    public int Seats { get; private set; }

    public int WheelchairPlaces { get; private set; }

    public List<RunStop> Stops { get; private set; } = [];

    public DateTimeOffset? CancelledAt { get; private set; }

    public static TransportRun Plan(Guid driveId, Guid slotId, Vehicle vehicle, RunLeg leg, string city, DateTimeOffset departsAt, DateTimeOffset arrivesAt, IReadOnlyList<RunStop> stops, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return new()
        {
            Id = Guid.CreateVersion7(now),
            DriveId = driveId,
            SlotId = slotId,
            VehicleId = vehicle.Id,
            Leg = leg,
            City = city,
            DepartsAt = departsAt.ToUniversalTime(),
            ArrivesAt = arrivesAt.ToUniversalTime(),
            Seats = vehicle.Seats,
            WheelchairPlaces = vehicle.WheelchairPlaces,
            Stops = [.. stops.Select(s => s with { At = s.At.ToUniversalTime() }).OrderBy(s => s.At)],
        };
    }

    public bool StopsAt(Guid pickupPointId) => Stops.Any(s => s.PickupPointId == pickupPointId);

    public DateTimeOffset? TimeAt(Guid pickupPointId) => Stops.FirstOrDefault(s => s.PickupPointId == pickupPointId)?.At;

    public bool Live => CancelledAt is null;

    public void Cancel(DateTimeOffset now)
    {
        if (CancelledAt is not null)
        {
            throw new EventRuleException("This run is already cancelled.");
        }

        CancelledAt = now;
    }
}
