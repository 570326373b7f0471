namespace PatientNetwork.Registry.Patients;

public sealed record ConsentRecordResponse(string Purpose, bool Given, DateTimeOffset At, string RecordedBy, string Evidence)
{
    public static ConsentRecordResponse From(ConsentRecord c) => new(c.Purpose, c.Given, c.At, c.RecordedBy, c.Evidence);
}
