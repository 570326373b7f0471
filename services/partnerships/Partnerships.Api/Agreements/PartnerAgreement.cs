namespace PatientNetwork.Partnerships.Agreements;

/// <summary>
/// A signed agreement between an association and one of its partners: its kind, its dates, the data it lets the
/// association share with the partner (scopes of the partner API) and its contacts, encrypted. Only an active agreement
/// in force today (start ≤ today ≤ end) opens its scopes (<see cref="AgreementCap"/>). Steps: draft → active →
/// expired | terminated; any other step is refused with <see cref="AgreementConflictException"/>.
/// </summary>
public sealed class PartnerAgreement
{
    /// <summary>Who an expiry is recorded as done by.</summary>
    public const string Expirer = "system:agreement-renewals";

    private PartnerAgreement()
    {
    }

    public Guid Id { get; private set; }

    public string PartnerId { get; private set; } = "";

    public string AssociationId { get; private set; } = "";

    public AgreementKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly StartsOn { get; private set; }

    /// <summary>The last day the agreement is in force; null when open-ended.</summary>
    public DateOnly? EndsOn { get; private set; }

    public AgreementStatus Status { get; private set; }

    /// <summary>The partner API scopes the agreement allows, sorted.</summary>
    public string[] DataShared { get; private set; } = [];

    /// <summary>The contacts (<see cref="AgreementContact"/>), one encrypted JSON field.</summary>
    public string ProtectedContacts { get; private set; } = "";

    public string? TerminationReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset StatusChangedAt { get; private set; }

    public string StatusChangedBy { get; private set; } = "";

    public static PartnerAgreement Draft(string partnerId, string associationId, AgreementKind kind, string title, DateOnly startsOn, DateOnly? endsOn,
        IEnumerable<string> dataShared, string protectedContacts, string by, DateTimeOffset at)
    {
        if (endsOn < startsOn)
        {
            throw new ArgumentException("An agreement cannot end before it starts.", nameof(endsOn));
        }

        return new PartnerAgreement
        {
            Id = Guid.CreateVersion7(at),
            PartnerId = partnerId,
            AssociationId = associationId,
            Kind = kind,
            Title = title,
            StartsOn = startsOn,
            EndsOn = endsOn,
            Status = AgreementStatus.Draft,
            DataShared = Sorted(dataShared),
            ProtectedContacts = protectedContacts,
            CreatedAt = at,
            CreatedBy = by,
            StatusChangedAt = at,
            StatusChangedBy = by,
        };
    }

    /// <summary>
    /// Rewrites a draft's terms (kind, title, dates, scopes; contacts too when given, else they stay). Once active, an
    /// agreement is what was signed: its terms no longer change, only its contacts and document.
    /// </summary>
    public void ReviseDraft(AgreementKind kind, string title, DateOnly startsOn, DateOnly? endsOn, IEnumerable<string> dataShared, string? protectedContacts)
    {
        if (Status != AgreementStatus.Draft)
        {
            throw new AgreementConflictException($"The agreement is {Describe(Status)}; only a draft can be edited.");
        }

        if (endsOn < startsOn)
        {
            throw new ArgumentException("An agreement cannot end before it starts.", nameof(endsOn));
        }

        Kind = kind;
        Title = title;
        StartsOn = startsOn;
        EndsOn = endsOn;
        DataShared = Sorted(dataShared);
        ProtectedContacts = protectedContacts ?? ProtectedContacts;
    }

    /// <summary>Whether the agreement opens its scopes on <paramref name="day"/>.</summary>
    public bool IsInForceOn(DateOnly day) => Status == AgreementStatus.Active && StartsOn <= day && (EndsOn is null || day <= EndsOn);

    /// <summary>Signed: the agreement takes effect from its start date. One already past its end cannot become active.</summary>
    public void Activate(string by, DateTimeOffset at, DateOnly today)
    {
        if (Status != AgreementStatus.Draft)
        {
            throw new AgreementConflictException($"The agreement is {Describe(Status)}; only a draft can become active.");
        }

        if (EndsOn < today)
        {
            throw new AgreementConflictException($"The agreement ended on {EndsOn:yyyy-MM-dd}; draft a new one.");
        }

        MoveTo(AgreementStatus.Active, by, at);
    }

    /// <summary>Ended early by either side; the reason is kept.</summary>
    public void Terminate(string by, DateTimeOffset at, string reason)
    {
        if (Status != AgreementStatus.Active)
        {
            throw new AgreementConflictException($"The agreement is {Describe(Status)}; only an active agreement can be terminated.");
        }

        TerminationReason = reason;
        MoveTo(AgreementStatus.Terminated, by, at);
    }

    /// <summary>Its end date has passed (the renewal job's step); false when it is not an active agreement past its end.</summary>
    public bool ExpireIfEnded(DateTimeOffset at, DateOnly today)
    {
        if (Status != AgreementStatus.Active || EndsOn is not { } end || end >= today)
        {
            return false;
        }

        MoveTo(AgreementStatus.Expired, Expirer, at);
        return true;
    }

    public void ReplaceContacts(string protectedContacts) => ProtectedContacts = protectedContacts;

    private void MoveTo(AgreementStatus to, string by, DateTimeOffset at)
    {
        Status = to;
        StatusChangedAt = at;
        StatusChangedBy = by;
    }

    private static string[] Sorted(IEnumerable<string> scopes) => scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    private static string Describe(AgreementStatus status) => status.ToString().ToLowerInvariant();
}
