using Microsoft.AspNetCore.Components;
using PatientNetwork.WebApp.Account;
using PatientNetwork.WebApp.Gateway;

namespace PatientNetwork.WebApp.Staff;

/// <summary>The association admins' staff-account API of the gateway (<c>/api/staff/**</c>).</summary>
public sealed class StaffAccountsClient(HttpClient http, StaffSession session, NavigationManager navigation, ILogger<StaffAccountsClient> logger)
    : GatewayClient(http, session, navigation, logger)
{
    public Task<ApiResult<Paged<StaffAccount>>> ListAsync(int page, string? search, CancellationToken cancellationToken) =>
        GetAsync<Paged<StaffAccount>>($"/api/staff/accounts?page={page}&pageSize=20{(string.IsNullOrWhiteSpace(search) ? "" : "&search=" + Uri.EscapeDataString(search.Trim()))}", cancellationToken);

    public Task<ApiResult<StaffAccount>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<StaffAccount>($"/api/staff/accounts/{id}", cancellationToken);

    public Task<ApiResult<InvitedAccount>> InviteAsync(Invitation invitation, CancellationToken cancellationToken) =>
        PostAsync<InvitedAccount>("/api/staff/accounts", invitation, cancellationToken);

    public Task<ApiResult<StaffAccount>> ChangeAsync(Guid id, string displayName, IReadOnlyList<string> roles, string? branchId, CancellationToken cancellationToken) =>
        PutAsync<StaffAccount>($"/api/staff/accounts/{id}", new { displayName, roles, branchId }, cancellationToken);

    public Task<ApiResult<StaffAccount>> DisableAsync(Guid id, CancellationToken cancellationToken) =>
        PostAsync<StaffAccount>($"/api/staff/accounts/{id}/disable", null, cancellationToken);

    public Task<ApiResult<StaffAccount>> EnableAsync(Guid id, CancellationToken cancellationToken) =>
        PostAsync<StaffAccount>($"/api/staff/accounts/{id}/enable", null, cancellationToken);

    public Task<ApiResult<OneTimeCode>> ResetPasswordAsync(Guid id, CancellationToken cancellationToken) =>
        PostAsync<OneTimeCode>($"/api/staff/accounts/{id}/password-reset", null, cancellationToken);

    public Task<ApiResult<NoContent>> ResetTwoFactorAsync(Guid id, CancellationToken cancellationToken) =>
        PostAsync<NoContent>($"/api/staff/accounts/{id}/two-factor-reset", null, cancellationToken);

    public Task<ApiResult<NoContent>> SignOutEverywhereAsync(Guid id, CancellationToken cancellationToken) =>
        PostAsync<NoContent>($"/api/staff/accounts/{id}/sign-out-everywhere", null, cancellationToken);
}

public sealed record StaffAccount(Guid Id, string Login, string DisplayName, string? BranchId, IReadOnlyList<string> Roles, bool Disabled, bool TwoFactorEnabled, DateTimeOffset? LastSignInAt, bool InvitationPending);

public sealed record Invitation(string Login, string DisplayName, IReadOnlyList<string> Roles, string? BranchId, string? Language);

public sealed record OneTimeCode(string Code, DateTimeOffset ExpiresAt);

public sealed record InvitedAccount(Guid Id, string Login, string DisplayName, string? BranchId, IReadOnlyList<string> Roles, OneTimeCode Invitation);
