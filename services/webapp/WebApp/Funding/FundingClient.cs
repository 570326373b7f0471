using Microsoft.AspNetCore.Components;
using PatientNetwork.WebApp.Account;
using PatientNetwork.WebApp.Gateway;

namespace PatientNetwork.WebApp.Funding;

/// <summary>Funding through the gateway (<c>/api/funding/**</c>).</summary>
public sealed class FundingClient(HttpClient http, StaffSession session, NavigationManager navigation, ILogger<FundingClient> logger)
    : GatewayClient(http, session, navigation, logger)
{
    public Task<ApiResult<Paged<CoverageAccount>>> CoverageAccountsAsync(int page, CancellationToken cancellationToken) =>
        GetAsync<Paged<CoverageAccount>>($"/api/funding/coverage-accounts?page={page}&pageSize=20", cancellationToken);

    public Task<ApiResult<Statement>> StatementAsync(Guid patientId, int year, CancellationToken cancellationToken) =>
        GetAsync<Statement>($"/api/funding/coverage-accounts/{patientId}/statement?year={year}", cancellationToken);

    public Task<ApiResult<Paged<ClaimSummary>>> ClaimsAsync(int page, CancellationToken cancellationToken) =>
        GetAsync<Paged<ClaimSummary>>($"/api/funding/claims?page={page}&pageSize=20", cancellationToken);

    public Task<ApiResult<ClaimDetail>> ClaimAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<ClaimDetail>($"/api/funding/claims/{id}", cancellationToken);

    public Task<ApiResult<ClaimDetail>> StartReviewAsync(Guid id, CancellationToken cancellationToken) =>
        PostAsync<ClaimDetail>($"/api/funding/claims/{id}/review", new { }, cancellationToken);

    public Task<ApiResult<ClaimDetail>> ApproveAsync(Guid id, CancellationToken cancellationToken) =>
        PostAsync<ClaimDetail>($"/api/funding/claims/{id}/approval", new { }, cancellationToken, idempotencyKey: Guid.NewGuid().ToString());

    /// <summary>A coded rejection; <paramref name="reason"/> is the text the family reads.</summary>
    public Task<ApiResult<ClaimDetail>> RejectAsync(Guid id, string code, string reason, CancellationToken cancellationToken) =>
        PostAsync<ClaimDetail>($"/api/funding/claims/{id}/rejection", new { code, reason }, cancellationToken, idempotencyKey: Guid.NewGuid().ToString());
}
