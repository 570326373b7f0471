namespace PatientNetwork.Gateway.Auth;

public sealed record TokenRequest(string? Login, string? Password);
