namespace PatientNetwork.Events.BloodDrives.Transport;

public sealed record PickupPointRequest(string? City, string? Name);
