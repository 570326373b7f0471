namespace PatientNetwork.Events.BloodDrives.Transport;

/// <summary>A run of a vehicle for a slot. Out: <c>arrivesAt</c> is at the site; back: <c>departsAt</c> is from the site.</summary>
public sealed record RunRequest(Guid? SlotId, Guid? VehicleId, RunLeg? Leg, string? City, DateTimeOffset? DepartsAt, DateTimeOffset? ArrivesAt, IReadOnlyList<RunStop>? Stops);
