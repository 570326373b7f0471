using PatientNetwork.WebApp.Gateway;

namespace PatientNetwork.WebApp.Partnerships;

/// <summary>A partner's agreements (<c>/api/partnerships/partners/{id}/agreements</c>) and the association's renewals.</summary>
public sealed partial class PartnershipsClient
{
    /// <summary>The partner's agreements, newest start first.</summary>
    public Task<ApiResult<Paged<AgreementSummary>>> AgreementsAsync(string partnerId, int page, CancellationToken cancellationToken) =>
        GetAsync<Paged<AgreementSummary>>($"{AgreementsPath(partnerId)}?page={page}&pageSize=20", cancellationToken);

    /// <summary>One agreement; Partnerships audits the read of its contacts.</summary>
    public Task<ApiResult<Agreement>> AgreementAsync(string partnerId, Guid agreementId, CancellationToken cancellationToken) =>
        GetAsync<Agreement>($"{AgreementsPath(partnerId)}/{agreementId}", cancellationToken);

    public Task<ApiResult<Agreement>> DraftAgreementAsync(string partnerId, AgreementTerms terms, CancellationToken cancellationToken) =>
        PostAsync<Agreement>(AgreementsPath(partnerId), terms, cancellationToken);

    /// <summary>Rewrites a draft's terms; its contacts stay as they are (the body carries none).</summary>
    public Task<ApiResult<Agreement>> EditDraftAgreementAsync(string partnerId, Guid agreementId, AgreementTerms terms, CancellationToken cancellationToken) =>
        PutAsync<Agreement>($"{AgreementsPath(partnerId)}/{agreementId}", terms, cancellationToken);

    public Task<ApiResult<Agreement>> ActivateAgreementAsync(string partnerId, Guid agreementId, CancellationToken cancellationToken) =>
        PostAsync<Agreement>($"{AgreementsPath(partnerId)}/{agreementId}/activate", null, cancellationToken);

    public Task<ApiResult<Agreement>> TerminateAgreementAsync(string partnerId, Guid agreementId, string? reason, CancellationToken cancellationToken) =>
        PostAsync<Agreement>($"{AgreementsPath(partnerId)}/{agreementId}/terminate", new { reason }, cancellationToken);

    public Task<ApiResult<Agreement>> ReplaceAgreementContactsAsync(string partnerId, Guid agreementId, IReadOnlyList<AgreementContact> contacts, CancellationToken cancellationToken) =>
        PutAsync<Agreement>($"{AgreementsPath(partnerId)}/{agreementId}/contacts", new { contacts }, cancellationToken);

    /// <summary>The signed PDF, base64-encoded as the API takes it; Partnerships checks it is a PDF by its content.</summary>
    public Task<ApiResult<AgreementDocument>> UploadAgreementDocumentAsync(string partnerId, Guid agreementId, string fileName, byte[] pdf, CancellationToken cancellationToken) =>
        PutAsync<AgreementDocument>($"{AgreementsPath(partnerId)}/{agreementId}/document", new { fileName, contentBase64 = Convert.ToBase64String(pdf) }, cancellationToken);

    /// <summary>The association's agreements coming up for renewal, soonest end first.</summary>
    public Task<ApiResult<Paged<AgreementRenewal>>> RenewalsAsync(int page, CancellationToken cancellationToken) =>
        GetAsync<Paged<AgreementRenewal>>($"/api/partnerships/agreements/renewals?page={page}&pageSize=20", cancellationToken);

    private static string AgreementsPath(string partnerId) => $"/api/partnerships/partners/{Uri.EscapeDataString(partnerId)}/agreements";
}
