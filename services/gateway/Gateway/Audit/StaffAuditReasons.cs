namespace PatientNetwork.Gateway.Audit;

/// <summary>Why a sign-in (or a code) was refused, as the audit records it: a category, never what was typed.</summary>
public static class StaffAuditReasons
{
    public const string UnknownLogin = "unknown-login";
    public const string WrongPassword = "wrong-password";
    public const string Disabled = "disabled";
    public const string NoPasswordYet = "invitation-not-accepted";
    public const string TwoFactorMissing = "two-factor-missing";
    public const string TwoFactorWrong = "two-factor-wrong";
    public const string TwoFactorReplayed = "two-factor-replayed";
    public const string EnrollmentRequired = "two-factor-enrollment-required";
    public const string Limited = "limited";
    public const string WrongInvitationCode = "invitation-code-wrong-or-expired";
    public const string WrongResetCode = "reset-code-wrong-or-expired";
    public const string WrongCurrentPassword = "current-password-wrong";
}
