namespace PatientNetwork.Partnerships.Agreements;

/// <summary>
/// A new agreement, drafted: its kind, title, dates (no end for an open-ended one), the scopes it shares and its contacts.
/// Also the body of a draft's edit (<c>PUT …/agreements/{agreementId}</c>), where contacts left out stay as they are.
/// </summary>
public sealed record CreateAgreementRequest(
    AgreementKind? Kind, string? Title, DateOnly? StartsOn, DateOnly? EndsOn, IReadOnlyList<string>? DataShared, IReadOnlyList<AgreementContactRequest>? Contacts);

/// <summary>A person to reach at the partner about the agreement, with an email or a phone or both.</summary>
public sealed record AgreementContactRequest(string? Name, string? Role, string? Email, string? Phone);

/// <summary>The agreement's contacts, replacing the ones it had.</summary>
public sealed record AgreementContactsRequest(IReadOnlyList<AgreementContactRequest>? Contacts);

/// <summary>Why the agreement ends before its date.</summary>
public sealed record TerminateAgreementRequest(string? Reason);

/// <summary>The signed agreement, a PDF, base64-encoded; its type is read from its content.</summary>
public sealed record AgreementDocumentRequest(string? FileName, string? ContentBase64);
