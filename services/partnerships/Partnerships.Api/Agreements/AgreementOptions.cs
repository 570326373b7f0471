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

    public IReadOnlyList<int> LeadDays => ReminderLeadDays ?? [60, 14];
}
