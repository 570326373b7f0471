namespace PatientNetwork.Events.BloodDrives.Transport;

/// <summary>A stop of a run's manifest, in order, with the donors who board (out) or are dropped (back) there.</summary>
public sealed record ManifestStop(int Order, Guid PickupPointId, string PickupPoint, DateTimeOffset At, IReadOnlyList<ManifestPassenger> Passengers);
