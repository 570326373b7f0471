namespace PatientNetwork.Partnerships.Agreements;

/// <summary>An agreement in a list: no contacts.</summary>
public sealed record AgreementSummary(
    Guid Id, string PartnerId, AgreementKind Kind, string Title, DateOnly StartsOn, DateOnly? EndsOn, AgreementStatus Status,
    IReadOnlyList<string> DataShared, bool InForce);

/// <summary>
/// One agreement. <c>Contacts</c> is null for staff other than admins and coordinators; <c>Document</c> is null until a
/// signed copy is uploaded.
/// </summary>
public sealed record AgreementResponse(
    Guid Id, string PartnerId, AgreementKind Kind, string Title, DateOnly StartsOn, DateOnly? EndsOn, AgreementStatus Status,
    IReadOnlyList<string> DataShared, bool InForce, string? TerminationReason,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset StatusChangedAt, string StatusChangedBy,
    AgreementDocumentInfo? Document, IReadOnlyList<AgreementContact>? Contacts);

/// <summary>The signed document's description, not its bytes (those come from the download).</summary>
public sealed record AgreementDocumentInfo(string FileName, int Size, DateTimeOffset UploadedAt, string UploadedBy);

/// <summary>A renewal reminder: which agreement ends when, and the lead time it was recorded at.</summary>
public sealed record RenewalResponse(Guid AgreementId, string PartnerId, string Title, DateOnly EndsOn, int LeadDays, DateTimeOffset RecordedAt);
