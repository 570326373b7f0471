namespace PatientNetwork.Events.AwarenessEvents;

/// <summary>An event's description in Arabic, French and English; each may be left out.</summary>
public sealed record EventTexts(string? Ar, string? Fr, string? En);
