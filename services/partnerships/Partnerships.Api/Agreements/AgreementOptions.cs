namespace PatientNetwork.Partnerships.Agreements;

/// <summary>The renewal job and the per-call scope check (configuration section <c>Agreements</c>).</summary>
public sealed class AgreementOptions
{
    public const string Section = "Agreements";

    /// <summary>How often the renewal job looks for agreements ending soon or ended.</summary>
    public TimeSpan RenewalCheckEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Days before an agreement's end at which a reminder is recorded; null for 60 and 14. Null by default because the
    /// configuration binder appends to a list it finds filled rather than replacing it.
    /// </summary>
    public int[]? ReminderLeadDays { get; set; }

    /// <summary>How long a partner call may rely on the scopes read for an earlier call: a terminated agreement's scopes are refused within it.</summary>
    public TimeSpan ScopeCapCacheDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often each instance looks for renewal reminders to e-mail (and retries the ones that failed).</summary>
    public TimeSpan RenewalMailEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The wait after a reminder's first failed send; each further failure doubles it, up to <see cref="RenewalMailRetryCap"/>.</summary>
    public TimeSpan RenewalMailRetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan RenewalMailRetryCap { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Reminders claimed (and locked) per transaction.</summary>
    public int RenewalMailBatchSize { get; set; } = 20;

    /// <summary>
    /// The staff web app's address as staff open it (e.g. <c>https://staff.association.ma</c>); a reminder links to the
    /// partner's page under it. Without it the mail has no link.
    /// </summary>
    public string? WebAppUrl { get; set; }

    /// <summary>
    /// Who receives an association's renewal reminders, by association id (<c>Agreements:RenewalReminderRecipients:hajar:Addresses:0</c>).
    /// Partnerships holds no staff addresses, so an association not listed here gets no mail (its reminders wait).
    /// </summary>
    public Dictionary<string, RenewalReminderRecipients> RenewalReminderRecipients { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<int> LeadDays => ReminderLeadDays ?? [60, 14];
}
