namespace PatientNetwork.Partnerships.Statistics;

public sealed record StatisticsResponse(DateTimeOffset GeneratedAt, int SuppressionThreshold, IReadOnlyList<StatisticsCell> Cells);
