namespace PatientNetwork.Events.Registrations;

/// <summary>The code on the confirmation, in the body rather than the address, so no access log keeps it.</summary>
public sealed record PublicCodeRequest(string? Code);
