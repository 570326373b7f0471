using PatientNetwork.Events.AwarenessEvents;

namespace PatientNetwork.Events.Reports;

/// <summary>Which events a report covers: by city code, audience and the day they start (inclusive, UTC).</summary>
public sealed record EventReportQuery(string? City, Audience? Audience, DateOnly? From, DateOnly? To);
