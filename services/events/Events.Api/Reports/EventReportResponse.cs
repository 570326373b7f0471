namespace PatientNetwork.Events.Reports;

/// <summary>Registrations, attendance and no-shows per event, with totals per city and per audience. No personal data.</summary>
public sealed record EventReportResponse(IReadOnlyList<EventReportRow> Events, IReadOnlyList<EventReportTotal> ByCity, IReadOnlyList<EventReportTotal> ByAudience);
