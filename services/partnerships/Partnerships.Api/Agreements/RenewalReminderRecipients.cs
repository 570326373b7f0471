namespace PatientNetwork.Partnerships.Agreements;

/// <summary>One association's renewal reminder mail: who gets it and in which language (see ADR 0033).</summary>
public sealed class RenewalReminderRecipients
{
    /// <summary>The association's staff responsible for partnerships, usually one shared mailbox; the first is the mail's To.</summary>
    public string[]? Addresses { get; set; }

    /// <summary>
    /// Whether the agreement's contacts with an email (the partner's people) are copied. Off unless the association
    /// chooses it: the association may not mean to renew, and the partner should not learn the end is near from a robot.
    /// </summary>
    public bool CopyAgreementContacts { get; set; }

    /// <summary>ar for an association working in Arabic: the mail then opens with Arabic before French and English.</summary>
    public string Language { get; set; } = "fr";
}
