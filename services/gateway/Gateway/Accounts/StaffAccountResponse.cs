using PatientNetwork.Gateway.Staff;

namespace PatientNetwork.Gateway.Accounts;

/// <summary>A staff account as its admins see it; <c>invitationPending</c>: invited, and no password set yet.</summary>
public sealed record StaffAccountResponse(
    Guid Id, string Login, string DisplayName, string? BranchId, IReadOnlyList<string> Roles, bool Disabled, bool TwoFactorEnabled,
    DateTimeOffset? LastSignInAt, bool InvitationPending, string Language)
{
    public static StaffAccountResponse From(StaffAccount a) =>
        new(a.Id, a.Login, a.DisplayName, a.BranchId, a.Roles, a.Disabled, a.TwoFactorEnabled, a.LastSignInAt, !a.HasPassword, a.Language);
}
