using Microsoft.AspNetCore.Components;
using PatientNetwork.WebApp.Account;
using PatientNetwork.WebApp.Gateway;

namespace PatientNetwork.WebApp.Donations;

/// <summary>Donors, gifts, receipts and campaigns in Funding, through the gateway (<c>/api/funding/**</c>).</summary>
public sealed class DonationsClient(HttpClient http, StaffSession session, NavigationManager navigation, ILogger<DonationsClient> logger)
    : GatewayClient(http, session, navigation, logger)
{
    public Task<ApiResult<Paged<Donor>>> DonorsAsync(string? name, int page, CancellationToken cancellationToken) =>
        GetAsync<Paged<Donor>>($"/api/funding/donors?page={page}&pageSize=20{(string.IsNullOrWhiteSpace(name) ? "" : "&name=" + Uri.EscapeDataString(name.Trim()))}", cancellationToken);

    public Task<ApiResult<Donor>> DonorAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<Donor>($"/api/funding/donors/{id}", cancellationToken);

    public Task<ApiResult<Donor>> CreateDonorAsync(NewDonor donor, CancellationToken cancellationToken) =>
        PostAsync<Donor>("/api/funding/donors", donor, cancellationToken);

    public Task<ApiResult<Paged<Gift>>> GiftsOfAsync(Guid donorId, int page, CancellationToken cancellationToken) =>
        GetAsync<Paged<Gift>>($"/api/funding/donations?donorId={donorId}&page={page}&pageSize=20", cancellationToken);

    /// <summary>The key is the form's: pressing the button twice (or a retry after a lost answer) records one gift.</summary>
    public Task<ApiResult<Gift>> RecordGiftAsync(NewGift gift, string idempotencyKey, CancellationToken cancellationToken) =>
        PostAsync<Gift>("/api/funding/donations", gift, cancellationToken, idempotencyKey);

    public Task<ApiResult<Gift>> RefundGiftAsync(Guid id, string reason, string idempotencyKey, CancellationToken cancellationToken) =>
        PostAsync<Gift>($"/api/funding/donations/{id}/refund", new { reason }, cancellationToken, idempotencyKey);

    public Task<ApiResult<Paged<Receipt>>> ReceiptsOfAsync(Guid donorId, int year, CancellationToken cancellationToken) =>
        GetAsync<Paged<Receipt>>($"/api/funding/receipts?donorId={donorId}&year={year}&pageSize=100", cancellationToken);

    public Task<ApiResult<Receipt>> IssueAnnualReceiptAsync(Guid donorId, int year, CancellationToken cancellationToken) =>
        PostAsync<Receipt>("/api/funding/receipts/annual", new { donorId, year }, cancellationToken);

    public Task<ApiResult<Receipt>> ReissueReceiptAsync(Guid id, CancellationToken cancellationToken) =>
        PostAsync<Receipt>($"/api/funding/receipts/{id}/reissue", new { }, cancellationToken);

    public Task<ApiResult<List<Campaign>>> CampaignsAsync(CancellationToken cancellationToken) =>
        GetAsync<List<Campaign>>("/api/funding/campaigns", cancellationToken);

    public Task<ApiResult<Campaign>> CreateCampaignAsync(NewCampaign campaign, CancellationToken cancellationToken) =>
        PostAsync<Campaign>("/api/funding/campaigns", campaign, cancellationToken);
}
