namespace PatientNetwork.WebApp.Partnerships;

/// <summary>
/// An agreement in the partner's list, without contacts. <c>kind</c> is hospital-care, medical-society,
/// patient-organisation, transfusion-centre or company-sponsor; <c>status</c> draft, active, expired or terminated.
/// </summary>
public sealed record AgreementSummary(
    Guid Id, string PartnerId, string Kind, string Title, DateOnly StartsOn, DateOnly? EndsOn, string Status, IReadOnlyList<string> DataShared, bool InForce);

/// <summary>One agreement as the API answers it to the role: <c>contacts</c> null for staff other than admins and coordinators.</summary>
public sealed record Agreement(
    Guid Id, string PartnerId, string Kind, string Title, DateOnly StartsOn, DateOnly? EndsOn, string Status, IReadOnlyList<string> DataShared, bool InForce,
    string? TerminationReason, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset StatusChangedAt, string StatusChangedBy,
    AgreementDocument? Document, IReadOnlyList<AgreementContact>? Contacts);

/// <summary>The signed PDF's description; its bytes come through the web app's download endpoint.</summary>
public sealed record AgreementDocument(string FileName, int Size, DateTimeOffset UploadedAt, string UploadedBy);

/// <summary>A person to reach at the partner, with an email or a phone or both.</summary>
public sealed record AgreementContact(string Name, string Role, string? Email, string? Phone);

/// <summary>A draft's terms, for its creation and its edits; without contacts (they have their own form), so an edit keeps them.</summary>
public sealed record AgreementTerms(string Kind, string? Title, DateOnly? StartsOn, DateOnly? EndsOn, IReadOnlyList<string> DataShared);

/// <summary>An agreement coming up for renewal: it ends on <c>EndsOn</c>, recorded <c>LeadDays</c> before.</summary>
public sealed record AgreementRenewal(Guid AgreementId, string PartnerId, string Title, DateOnly EndsOn, int LeadDays, DateTimeOffset RecordedAt);
