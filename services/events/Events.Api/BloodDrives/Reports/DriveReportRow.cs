namespace PatientNetwork.Events.BloodDrives.Reports;

/// <summary>One site's figures for a drive (counts only, no names).</summary>
public sealed record DriveReportRow(Guid SiteId, string Site, int Booked, int Transported, int Attended, int Donated, int Deferred, int NoShows);
