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
    public void TakeOver(MedicineFundingConsent merged) => Decide(merged.Given, merged.DecidedAt);
}
