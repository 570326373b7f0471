namespace PatientNetwork.Funding.Claims;

/// <summary>Why a line is not eligible at all; stable codes, explained in docs/funding.md.</summary>
public static class IneligibilityReasons
{
    public const string ProgrammeNotValid = "programme-not-valid-on-dispensing-date";
    public const string MedicineNotEligible = "medicine-not-eligible";
    public const string NoConsent = "no-medicine-funding-consent-on-dispensing-date";
    public const string PatientDeceased = "dispensed-after-date-of-death";
    public const string AccountClosed = "coverage-account-closed";
}
