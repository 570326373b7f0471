namespace PatientNetwork.Events.Audit;

public static class AuditActions
{
    public const string ParticipantsListed = "participants.listed";
    public const string RegistrationRead = "registration.read";
    public const string ParticipantsExported = "participants.exported";
    public const string RegistrationCancelled = "registration.cancelled";
}
