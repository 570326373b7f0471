using PatientNetwork.Events.CheckIn;

namespace PatientNetwork.Events.BloodDrives.DriveDay;

/// <summary>A donor's booking code scanned at the site's door, in or out (as Events check-in's directions).</summary>
public sealed record DriveCheckInRequest(string? Code, CheckInDirection? Direction);
