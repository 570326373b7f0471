namespace PatientNetwork.Events.BloodDrives.Reports;

public sealed record DriveReport(Guid DriveId, IReadOnlyList<DriveReportRow> Sites, IReadOnlyList<RunReportRow> Runs);
