namespace PatientNetwork.Registry.Patients;

public sealed record ConsentRecordResponse(string Purpose, bool Given, DateTimeOffset At, string RecordedBy, string Evidence);
