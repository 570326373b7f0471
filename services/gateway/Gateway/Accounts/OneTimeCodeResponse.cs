namespace PatientNetwork.Gateway.Accounts;

/// <summary>A one-time code, shown once to the admin who hands it over (it is stored only as a hash).</summary>
public sealed record OneTimeCodeResponse(string Code, DateTimeOffset ExpiresAt);
