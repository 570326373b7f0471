namespace PatientNetwork.Gateway.Auth;

/// <summary>How long the one-time codes of staff accounts last.</summary>
public sealed class AccountOptions
{
    public const string Section = "StaffAccounts";

    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromDays(1);

    public TimeSpan EnrollmentLifetime { get; set; } = TimeSpan.FromMinutes(10);
}
