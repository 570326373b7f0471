namespace PatientNetwork.Registry.Audit;

public static class AuditActions
{
    public const string PatientRegistered = "patient.registered";
    public const string PatientRead = "patient.read";
    public const string PatientListed = "patient.listed";
}
