namespace PatientNetwork.Registry.Audit;

public static class AuditActions
{
    public const string PatientRegistered = "patient.registered";
    public const string PatientRead = "patient.read";
    public const string PatientListed = "patient.listed";
    public const string PatientsSearched = "patients.searched";
    public const string BreakGlassOpened = "patient.break-glass";
    public const string ConsentChanged = "patient.consent-changed";
    public const string ConsentHistoryRead = "patient.consent-history-read";
}
