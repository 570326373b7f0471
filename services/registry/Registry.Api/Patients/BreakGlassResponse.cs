namespace PatientNetwork.Registry.Patients;

public sealed record BreakGlassResponse(Guid GrantId, Guid PatientId, DateTimeOffset ExpiresAt);
