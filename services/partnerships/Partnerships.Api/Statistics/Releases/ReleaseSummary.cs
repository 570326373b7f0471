namespace PatientNetwork.Partnerships.Statistics.Releases;

public sealed record ReleaseSummary(int Version, DateTimeOffset ReleasedAt, int SuppressionThreshold);
