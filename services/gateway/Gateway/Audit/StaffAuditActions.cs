namespace PatientNetwork.Gateway.Audit;

public static class StaffAuditActions
{
    public const string SignedIn = "sign-in.succeeded";
    public const string SignInFailed = "sign-in.failed";
    public const string TwoFactorEnrolled = "two-factor.enrolled";
    public const string TwoFactorReset = "two-factor.reset";
    public const string Invited = "account.invited";
    public const string InvitationAccepted = "invitation.accepted";
    public const string Changed = "account.changed";
    public const string Disabled = "account.disabled";
    public const string Enabled = "account.enabled";
    public const string PasswordResetIssued = "password-reset.issued";
    public const string PasswordResetCompleted = "password-reset.completed";
    public const string CodeRefused = "code.refused";
    public const string PasswordChanged = "password.changed";
    public const string LanguageChanged = "language.changed";
    public const string SignedOut = "sign-out";
    public const string SignedOutEverywhere = "sign-out.everywhere";

    public static readonly IReadOnlyList<string> All =
    [
        SignedIn, SignInFailed, TwoFactorEnrolled, TwoFactorReset, Invited, InvitationAccepted, Changed, Disabled, Enabled,
        PasswordResetIssued, PasswordResetCompleted, CodeRefused, PasswordChanged, LanguageChanged, SignedOut, SignedOutEverywhere,
    ];
}
