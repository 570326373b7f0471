namespace PatientNetwork.Events.BloodDrives.Transport;

/// <summary>A run with its seats taken per leg (no names).</summary>
public sealed record RunResponse(Guid Id, Guid SlotId, Guid VehicleId, RunLeg Leg, string City, DateTimeOffset DepartsAt, DateTimeOffset ArrivesAt,
    int Seats, int SeatsTaken, int WheelchairPlaces, int WheelchairsTaken, IReadOnlyList<RunStop> Stops, bool Cancelled);
