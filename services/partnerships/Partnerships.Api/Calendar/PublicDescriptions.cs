namespace PatientNetwork.Partnerships.Calendar;

/// <summary>An event's description in Arabic, French and English, as the association wrote it (plain text).</summary>
public sealed record PublicDescriptions(string? Ar, string? Fr, string? En);
