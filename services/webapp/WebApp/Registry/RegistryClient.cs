using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using PatientNetwork.WebApp.Account;
using PatientNetwork.WebApp.Gateway;

namespace PatientNetwork.WebApp.Registry;

/// <summary>The Registry through the gateway (<c>/api/registry/**</c>) with the staff member's token.</summary>
public sealed class RegistryClient(HttpClient http, StaffSession session, NavigationManager navigation, ILogger<RegistryClient> logger)
    : GatewayClient(http, session, navigation, logger)
{
    public const string Prefix = "/api/registry";

    public static readonly IReadOnlyList<string> DiagnosisGroups = ["primary-immunodeficiency", "leukemia", "other-rare-disease"];

    public static readonly IReadOnlyList<string> ConsentPurposes = ["statistics", "medicine-funding", "contact", "research"];

    public Task<ApiResult<Paged<PatientSummary>>> ListAsync(PatientFilter filter, CancellationToken cancellationToken)
    {
        var query = new StringBuilder($"{Prefix}/patients?page={filter.Page}&pageSize={filter.PageSize}");
        Append(query, "name", filter.Name);
        Append(query, "diagnosisGroup", filter.DiagnosisGroup);
        Append(query, "regionCode", filter.RegionCode);
        Append(query, "branchId", filter.BranchId);
        Append(query, "vitalStatus", filter.VitalStatus);
        return GetAsync<Paged<PatientSummary>>(query.ToString(), cancellationToken);
    }

    /// <summary>How many patients the caller may list with these filters (a page of one, its total).</summary>
    public async Task<int?> CountAsync(string? diagnosisGroup, string? regionCode, CancellationToken cancellationToken)
    {
        var result = await ListAsync(new PatientFilter(null, diagnosisGroup, regionCode, null, null, 1, 1), cancellationToken);
        return result.Ok ? result.Value.TotalCount : null;
    }

    public Task<ApiResult<PatientRecord>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<PatientRecord>($"{Prefix}/patients/{id}", cancellationToken);

    public Task<ApiResult<PatientRecord>> RegisterAsync(Registration registration, CancellationToken cancellationToken) =>
        PostAsync<PatientRecord>($"{Prefix}/patients", registration, cancellationToken);

    // The corrections answer the whole record as it now is. A 400 carries the field errors (the
    // screens show them under their fields, RecordEditAnswer), a 409 a record that can no longer change.

    public Task<ApiResult<PatientRecord>> UpdateCareAsync(Guid id, CareChange change, CancellationToken cancellationToken) =>
        PutAsync<PatientRecord>($"{Prefix}/patients/{id}/care", change, cancellationToken);

    public Task<ApiResult<PatientRecord>> RecordDiagnosisAsync(Guid id, DiagnosisInput diagnosis, CancellationToken cancellationToken) =>
        PostAsync<PatientRecord>($"{Prefix}/patients/{id}/diagnoses", diagnosis, cancellationToken);

    public Task<ApiResult<PatientRecord>> ChangeVitalStatusAsync(Guid id, VitalStatusChange change, CancellationToken cancellationToken) =>
        PutAsync<PatientRecord>($"{Prefix}/patients/{id}/vital-status", change, cancellationToken);

    public Task<ApiResult<PatientRecord>> CorrectDateOfBirthAsync(Guid id, DateOfBirthCorrection correction, CancellationToken cancellationToken) =>
        PutAsync<PatientRecord>($"{Prefix}/patients/{id}/date-of-birth", correction, cancellationToken);

    public Task<ApiResult<PatientRecord>> ReplaceGuardiansAsync(Guid id, GuardiansChange change, CancellationToken cancellationToken) =>
        PutAsync<PatientRecord>($"{Prefix}/patients/{id}/guardians", change, cancellationToken);

    public Task<ApiResult<List<ConsentEntry>>> ConsentHistoryAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<List<ConsentEntry>>($"{Prefix}/patients/{id}/consents", cancellationToken);

    public Task<ApiResult<string>> RecordConsentAsync(Guid id, string purpose, bool given, string evidence, CancellationToken cancellationToken) =>
        PostAsync<string>($"{Prefix}/patients/{id}/consents", new { purpose, given, evidence }, cancellationToken);

    public Task<ApiResult<BreakGlassGrant>> BreakGlassAsync(Guid id, string reason, CancellationToken cancellationToken) =>
        PostAsync<BreakGlassGrant>($"{Prefix}/patients/{id}/break-glass", new { reason }, cancellationToken);

    public Task<ApiResult<string>> MergeAsync(Guid survivorId, Guid duplicateId, string reason, CancellationToken cancellationToken) =>
        PostAsync<string>($"{Prefix}/patients/{survivorId}/merge", new { duplicateId, reason }, cancellationToken);

    public Task<ApiResult<string>> ExportAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<string>($"{Prefix}/patients/{id}/export", cancellationToken);

    public Task<ApiResult<PatientRecord>> EraseAsync(Guid id, string reason, CancellationToken cancellationToken) =>
        PostAsync<PatientRecord>($"{Prefix}/patients/{id}/erasure", new { reason }, cancellationToken);

    public Task<ApiResult<List<RetentionHoldEntry>>> RetentionHoldsAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<List<RetentionHoldEntry>>($"{Prefix}/patients/{id}/retention-holds", cancellationToken);

    public Task<ApiResult<AssociationInfo>> AssociationAsync(CancellationToken cancellationToken) =>
        GetAsync<AssociationInfo>($"{Prefix}/associations/current", cancellationToken);

    public Task<ApiResult<Paged<AuditEntry>>> AuditAsync(Guid? patientId, int page, CancellationToken cancellationToken) =>
        GetAsync<Paged<AuditEntry>>($"{Prefix}/audit?page={page}&pageSize=50{(patientId is null ? "" : $"&patientId={patientId}")}", cancellationToken);

    public Task<ApiResult<ImportOutcome>> ImportAsync(string csv, bool confirmedNotDuplicates, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Prefix}/patients/imports{(confirmedNotDuplicates ? "?confirmedNotDuplicates=true" : "")}")
        {
            Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
        };
        return SendAsync<ImportOutcome>(request, cancellationToken);
    }

    public Task<ApiResult<Paged<ReferralIntakeSummary>>> ReferralIntakesAsync(int page, CancellationToken cancellationToken) =>
        GetAsync<Paged<ReferralIntakeSummary>>($"{Prefix}/referral-intakes?page={page}&pageSize=20", cancellationToken);

    public Task<ApiResult<ReferralIntake>> ReferralIntakeAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<ReferralIntake>($"{Prefix}/referral-intakes/{id}", cancellationToken);

    public Task<ApiResult<ReferralIntake>> LinkReferralAsync(Guid id, Guid patientId, CancellationToken cancellationToken) =>
        PostAsync<ReferralIntake>($"{Prefix}/referral-intakes/{id}/link", new { patientId }, cancellationToken);

    public Task<ApiResult<ReferralIntake>> DismissReferralAsync(Guid id, string reason, CancellationToken cancellationToken) =>
        PostAsync<ReferralIntake>($"{Prefix}/referral-intakes/{id}/dismiss", new { reason }, cancellationToken);

    private static void Append(StringBuilder query, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query.Append(CultureInfo.InvariantCulture, $"&{name}={Uri.EscapeDataString(value.Trim())}");
        }
    }
}
