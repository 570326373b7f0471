namespace PatientNetwork.Events.BloodDrives.Transport;

public sealed record PickupPointResponse(Guid Id, string City, string Name);
