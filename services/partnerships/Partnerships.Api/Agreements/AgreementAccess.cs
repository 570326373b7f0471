namespace PatientNetwork.Partnerships.Agreements;

/// <summary>An audit row: a staff member read or changed an agreement's contacts (or a renewal reminder was copied to them), edited its draft, or read or replaced its signed document.</summary>
public sealed class AgreementAccess(Guid agreementId, string associationId, string staffLogin, string action, DateTimeOffset at)
{
    public const string ContactsRead = "contacts-read";
    public const string ContactsChanged = "contacts-changed";
    public const string ContactsMailed = "contacts-mailed";
    public const string DocumentRead = "document-read";
    public const string DocumentUploaded = "document-uploaded";
    public const string DraftEdited = "draft-edited";

    public long Id { get; private set; }

    public Guid AgreementId { get; private set; } = agreementId;

    public string AssociationId { get; private set; } = associationId;

    public string StaffLogin { get; private set; } = staffLogin;

    public string Action { get; private set; } = action;

    public DateTimeOffset At { get; private set; } = at;
}
