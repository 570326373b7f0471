namespace PatientNetwork.Events.Audit;

public static class AuditActions
{
    public const string ParticipantsListed = "participants.listed";
    public const string RegistrationRead = "registration.read";
    public const string ParticipantsExported = "participants.exported";
    public const string RegistrationCancelled = "registration.cancelled";
    public const string DonorsListed = "blood-donors.listed";
    public const string DonorsListedWithPhones = "blood-donors.listed-with-phones";
    public const string DonorBookingCancelled = "blood-donor-booking.cancelled";
    public const string ManifestRead = "blood-manifest.read";
    public const string ManifestSent = "blood-manifest.sent";
    public const string TransportAtRiskListed = "blood-transport-at-risk.listed";
    public const string DonorOutcomeRecorded = "blood-donor-outcome.recorded";
}
