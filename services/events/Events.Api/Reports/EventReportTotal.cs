namespace PatientNetwork.Events.Reports;

/// <summary>Figures summed over the events of one city or one audience.</summary>
public sealed record EventReportTotal(string Key, int Events, int PlacesHeld, int Waitlisted, int Attended, int NoShows);
