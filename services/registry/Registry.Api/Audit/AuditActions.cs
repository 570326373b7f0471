namespace PatientNetwork.Registry.Audit;

public static class AuditActions
{
    public const string PatientRegistered = "patient.registered";
    public const string PatientRead = "patient.read";
    public const string PatientsListed = "patients.listed";
    public const string BreakGlassOpened = "patient.break-glass";
    public const string ConsentChanged = "patient.consent-changed";
    public const string ConsentHistoryRead = "patient.consent-history-read";
    public const string VitalStatusChanged = "patient.vital-status-changed";
    public const string DiagnosisRecorded = "patient.diagnosis-recorded";
    public const string CareUpdated = "patient.care-updated";
    public const string DateOfBirthCorrected = "patient.date-of-birth-corrected";
    public const string GuardiansChanged = "patient.guardians-changed";
    public const string Exported = "patient.exported";
    public const string Erased = "patient.erased";
    public const string LegalHoldChanged = "patient.legal-hold-changed";
    public const string Merged = "patient.merged";
    public const string Imported = "patients.imported";
    public const string ReferralIntakesListed = "referral-intakes.listed";
    public const string ReferralIntakeRead = "referral-intake.read";
    public const string ReferralIntakeLinked = "referral-intake.linked";
    public const string ReferralIntakeDismissed = "referral-intake.dismissed";
}
