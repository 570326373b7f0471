using PatientNetwork.Gateway.Staff;

namespace PatientNetwork.Gateway.Accounts;

/// <summary>The new account, with its invitation code (shown this once).</summary>
public sealed record InvitedAccountResponse(
    Guid Id, string Login, string DisplayName, string? BranchId, IReadOnlyList<string> Roles, bool Disabled, bool TwoFactorEnabled,
    DateTimeOffset? LastSignInAt, bool InvitationPending, string Language, OneTimeCodeResponse Invitation)
{
    public static InvitedAccountResponse From(StaffAccount a, OneTimeCodeResponse invitation) =>
        new(a.Id, a.Login, a.DisplayName, a.BranchId, a.Roles, a.Disabled, a.TwoFactorEnabled, a.LastSignInAt, !a.HasPassword, a.Language, invitation);
}
