namespace PatientNetwork.Events.Series;

/// <summary>The date of the series the edition is for; it must be one the rule gives (e.g. 2027-09-22).</summary>
public sealed record DraftEditionRequest(DateOnly? OccurrenceDate);
