namespace PatientNetwork.Events.BloodDrives.Transport;

public sealed record ManifestPassenger(Guid BookingId, string Code, string Name, string? Phone, bool Wheelchair, bool? Boarded);
