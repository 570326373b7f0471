namespace PatientNetwork.Events.BloodDrives.Transport;

/// <summary>A stop of a run, in order: where and when donors board (out) or are dropped (back).</summary>
public sealed record RunStop(Guid PickupPointId, DateTimeOffset At);
