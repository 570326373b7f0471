namespace PatientNetwork.Events.BloodDrives.Reports;

/// <summary>Seats used on one run: passengers booked on it and those who boarded.</summary>
public sealed record RunReportRow(Guid RunId, string Leg, DateTimeOffset DepartsAt, int Seats, int Passengers, int Boarded, bool Cancelled);
