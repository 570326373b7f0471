using Microsoft.AspNetCore.Components;
using PatientNetwork.WebApp.Account;
using PatientNetwork.WebApp.Gateway;

namespace PatientNetwork.WebApp.Partnerships;

/// <summary>Partnerships' staff routes through the gateway (<c>/api/partnerships/**</c>): partners, their credentials, calls and webhooks, referrals.</summary>
public sealed partial class PartnershipsClient(HttpClient http, StaffSession session, NavigationManager navigation, ILogger<PartnershipsClient> logger)
    : GatewayClient(http, session, navigation, logger)
{
    public Task<ApiResult<List<Partner>>> PartnersAsync(CancellationToken cancellationToken) =>
        GetAsync<List<Partner>>("/api/partnerships/partners", cancellationToken);

    public Task<ApiResult<Partner>> CreatePartnerAsync(NewPartner partner, CancellationToken cancellationToken) =>
        PostAsync<Partner>("/api/partnerships/partners", partner, cancellationToken);

    public Task<ApiResult<List<PartnerCredential>>> CredentialsAsync(string partnerId, CancellationToken cancellationToken) =>
        GetAsync<List<PartnerCredential>>($"/api/partnerships/partners/{Uri.EscapeDataString(partnerId)}/credentials", cancellationToken);

    public Task<ApiResult<IssuedCredential>> IssueCredentialAsync(string partnerId, NewCredential credential, CancellationToken cancellationToken) =>
        PostAsync<IssuedCredential>($"/api/partnerships/partners/{Uri.EscapeDataString(partnerId)}/credentials", credential, cancellationToken);

    public Task<ApiResult<PartnerCredential>> RevokeCredentialAsync(string partnerId, Guid credentialId, CancellationToken cancellationToken) =>
        PostAsync<PartnerCredential>($"/api/partnerships/partners/{Uri.EscapeDataString(partnerId)}/credentials/{credentialId}/revoke", null, cancellationToken);

    /// <summary>The partner's audited calls, newest first.</summary>
    public Task<ApiResult<Paged<PartnerCall>>> CallsAsync(string partnerId, int page, CancellationToken cancellationToken) =>
        GetAsync<Paged<PartnerCall>>($"/api/partnerships/partners/{Uri.EscapeDataString(partnerId)}/calls?page={page}&pageSize=20&sort=-at", cancellationToken);

    public Task<ApiResult<PartnerWebhooks>> WebhooksAsync(string partnerId, CancellationToken cancellationToken) =>
        GetAsync<PartnerWebhooks>($"/api/partnerships/partners/{Uri.EscapeDataString(partnerId)}/webhooks", cancellationToken);

    /// <summary>
    /// The association's referrals, newest first; <paramref name="status"/> is the API's enum name (InProgress),
    /// <paramref name="urgency"/> its answered value (routine, urgent, asap), each null for all.
    /// </summary>
    public Task<ApiResult<Paged<ReferralSummary>>> ReferralsAsync(string? status, string? urgency, int page, CancellationToken cancellationToken) =>
        GetAsync<Paged<ReferralSummary>>($"/api/partnerships/referrals?page={page}&pageSize=20{Filter("status", status)}{Filter("urgency", urgency)}", cancellationToken);

    private static string Filter(string name, string? value) => value is null ? "" : $"&{name}={Uri.EscapeDataString(value)}";

    /// <summary>One referral with its details; Partnerships audits the read.</summary>
    public Task<ApiResult<Referral>> ReferralAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<Referral>($"/api/partnerships/referrals/{id}", cancellationToken);

    /// <summary>A step of the referral: accept, start or complete (reject carries its reason).</summary>
    public Task<ApiResult<Referral>> MoveReferralAsync(Guid id, string step, CancellationToken cancellationToken) =>
        PostAsync<Referral>($"/api/partnerships/referrals/{id}/{step}", null, cancellationToken);

    public Task<ApiResult<Referral>> RejectReferralAsync(Guid id, string? reason, CancellationToken cancellationToken) =>
        PostAsync<Referral>($"/api/partnerships/referrals/{id}/reject", new { reason }, cancellationToken);
}
