namespace PatientNetwork.Funding.Coverage;

/// <summary>
/// The latest <c>PatientUpdated</c> of a patient whose coverage account is not open yet: events
/// travel on separate queues, so an update can overtake its registration. Kept here, it is applied
/// by the registration when it opens the account (if it is newer), then removed; without it the
/// account would open with the registration's older region, date of birth and family.
/// </summary>
public sealed class PatientUpdateAwaitingAccount
{
    private PatientUpdateAwaitingAccount()
    {
    }

    public Guid PatientId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string DiagnosisGroup { get; private set; } = "";

    public DateOnly? BornOnOrAfter { get; private set; }

    public Guid? FamilyId { get; private set; }

    /// <summary>PostgreSQL's row version (xmin): two updates kept at once for one patient, one is retried.</summary>
    public uint Version { get; private set; }

    public static PatientUpdateAwaitingAccount Keep(Guid patientId, PatientChange change)
    {
        var kept = new PatientUpdateAwaitingAccount { PatientId = patientId };
        kept.Replace(change);
        return kept;
    }

    /// <summary>Keeps <paramref name="change"/> if it is newer than the one kept; a change of the fields an older update left out keeps them.</summary>
    public void KeepLatest(PatientChange change)
    {
        if (change.OccurredAt > OccurredAt)
        {
            Replace(change with { BornOnOrAfter = change.BornOnOrAfter ?? BornOnOrAfter, FamilyId = change.FamilyId ?? FamilyId });
        }
    }

    public PatientChange ToChange() => new(OccurredAt, RegionCode, DiagnosisGroup, BornOnOrAfter, FamilyId);

    private void Replace(PatientChange change)
    {
        OccurredAt = change.OccurredAt;
        RegionCode = change.RegionCode;
        DiagnosisGroup = change.DiagnosisGroup;
        BornOnOrAfter = change.BornOnOrAfter;
        FamilyId = change.FamilyId;
    }
}
