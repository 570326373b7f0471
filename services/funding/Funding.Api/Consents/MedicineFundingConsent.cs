namespace PatientNetwork.Funding.Consents;

/// <summary>
/// Funding's copy of one patient's medicine-funding consent: the latest decision by when it was
/// made (the event's <c>OccurredAt</c>), not by when its message arrived, so a late or repeated
/// message never undoes a newer decision. Kept whether or not the patient has an account yet, so
/// an account opened after a withdrawal opens suspended.
/// </summary>
public sealed class MedicineFundingConsent
{
    private MedicineFundingConsent()
    {
    }

    public Guid PatientId { get; private set; }

    public bool Given { get; private set; }

    /// <summary><see cref="DateTimeOffset.MinValue"/> while no decision is known.</summary>
    public DateTimeOffset DecidedAt { get; private set; }

    /// <summary>PostgreSQL's row version (xmin): see <see cref="MedicineFundingConsents.LockAsync"/>.</summary>
    public uint Version { get; private set; }

    public bool IsDecided => DecidedAt != DateTimeOffset.MinValue;

    /// <summary>Every decision to give consent known, whatever order they arrived in: what <see cref="GivenOn"/> reads.</summary>
    public List<DateTimeOffset> GivenAt { get; private set; } = [];

    /// <summary>Every withdrawal known.</summary>
    public List<DateTimeOffset> WithdrawnAt { get; private set; } = [];

    /// <summary>
    /// No decision received yet: coverage stays on, as it always has for a registered patient, until
    /// a medicine-funding consent is withdrawn (the consent events may arrive after the registration).
    /// </summary>
    public static MedicineFundingConsent Undecided(Guid patientId) => new()
    {
        PatientId = patientId,
        Given = true,
        DecidedAt = DateTimeOffset.MinValue,
    };

    /// <summary>Takes the decision unless one made at the same time or later is known; returns whether it was taken.</summary>
    public bool Decide(bool given, DateTimeOffset decidedAt)
    {
        var history = given ? GivenAt : WithdrawnAt;
        if (!history.Contains(decidedAt))
        {
            history.Add(decidedAt);
        }

        if (decidedAt <= DecidedAt)
        {
            return false;
        }

        Given = given;
        DecidedAt = decidedAt;
        return true;
    }

    /// <summary>
    /// After a merge the Registry keeps both records' consent histories on the survivor, where the
    /// latest decision wins; this survivor's copy does the same with the merged record's decision.
    /// </summary>
    public void TakeOver(MedicineFundingConsent merged)
    {
        foreach (var at in merged.GivenAt)
        {
            Decide(true, at);
        }

        foreach (var at in merged.WithdrawnAt)
        {
            Decide(false, at);
        }

        Decide(merged.Given, merged.DecidedAt);
    }

    /// <summary>
    /// Whether consent stood on <paramref name="day"/> (UTC): the latest decision made that day or
    /// before (a withdrawal counts from its own day). With no decision that early, the first one
    /// known (the consent signed at registration covers an invoice from just before it); with
    /// none at all, given, as for an undecided patient.
    /// </summary>
    public bool GivenOn(DateOnly day)
    {
        var decisions = GivenAt.Select(at => (At: at, Given: true)).Concat(WithdrawnAt.Select(at => (At: at, Given: false))).OrderBy(d => d.At).ToList();
        if (decisions.Count == 0)
        {
            return !IsDecided || Given;
        }

        var until = decisions.Where(d => DateOnly.FromDateTime(d.At.UtcDateTime) <= day).ToList();
        return until.Count > 0 ? until[^1].Given : decisions[0].Given;
    }
}
