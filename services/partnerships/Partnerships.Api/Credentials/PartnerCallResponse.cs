namespace PatientNetwork.Partnerships.Credentials;

public sealed record PartnerCallResponse(Guid CredentialId, string Method, string Path, int Status, DateTimeOffset At);
