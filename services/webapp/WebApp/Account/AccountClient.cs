using Microsoft.AspNetCore.Components;
using PatientNetwork.WebApp.Gateway;

namespace PatientNetwork.WebApp.Account;

/// <summary>The signed-in staff member's own account at the gateway: who they are, their language, password and sessions.</summary>
public sealed class AccountClient(HttpClient http, StaffSession session, NavigationManager navigation, ILogger<AccountClient> logger)
    : GatewayClient(http, session, navigation, logger)
{
    public Task<ApiResult<Me>> MeAsync(CancellationToken cancellationToken) => GetAsync<Me>("/auth/me", cancellationToken);

    public Task<ApiResult<NoContent>> ChangeLanguageAsync(string language, CancellationToken cancellationToken) =>
        PutAsync<NoContent>("/auth/me/language", new { language }, cancellationToken);

    public Task<ApiResult<NoContent>> ChangePasswordAsync(string currentPassword, string newPassword, CancellationToken cancellationToken) =>
        PostAsync<NoContent>("/auth/password", new { currentPassword, newPassword }, cancellationToken);

    public Task<ApiResult<NoContent>> SignOutEverywhereAsync(CancellationToken cancellationToken) =>
        PostAsync<NoContent>("/auth/sign-out-everywhere", null, cancellationToken);
}

/// <summary>The staff member as <c>GET /auth/me</c> describes them.</summary>
public sealed record Me(Guid Id, string Login, string DisplayName, string AssociationId, string? BranchId, IReadOnlyList<string> Roles, bool TwoFactorEnabled, string? Language);
