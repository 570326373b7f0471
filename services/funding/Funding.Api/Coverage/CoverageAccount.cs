using PatientNetwork.Funding.Consents;

namespace PatientNetwork.Funding.Coverage;

/// <summary>
/// A patient's medicine-coverage account, opened when the patient is registered. It follows the
/// patient's medicine-funding consent (suspended while withdrawn) and is closed when the patient
/// record is merged into another.
/// </summary>
public sealed class CoverageAccount
{
    public const string NoConsentReason = "no medicine-funding consent";
    public const string MergedReason = "patient record merged into another";

    private CoverageAccount()
    {
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string? BranchId { get; private set; }

    public int RateBasisPoints { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public CoverageStatus Status { get; private set; }

    /// <summary>When the current status began: the time of the decision or merge that caused it, not of its message's arrival.</summary>
    public DateTimeOffset StatusSince { get; private set; }

    public string? StatusReason { get; private set; }

    /// <summary>Set on a closed account: the surviving patient record that holds the person's coverage now.</summary>
    public Guid? MergedIntoPatientId { get; private set; }

    /// <summary>Merged duplicates whose account this became, so their old ids still find it.</summary>
    public List<Guid> FormerPatientIds { get; private set; } = [];

    /// <summary>PostgreSQL's row version (xmin): a concurrent change of the same account fails and its message is retried.</summary>
    public uint Version { get; private set; }

    /// <summary>The programme the account belongs to (the association's default when it opened), if the association has one.</summary>
    public Guid? ProgrammeId { get; private set; }

    /// <summary>The patient's current region and diagnosis group (from PatientRegistered, then PatientUpdated): what the funding reports group by.</summary>
    public string RegionCode { get; private set; } = "";

    public string DiagnosisGroup { get; private set; } = "";

    /// <summary>When the Registry made the region/diagnosis change last applied here; null on accounts opened before it was kept.</summary>
    public DateTimeOffset? GroupedAt { get; private set; }

    /// <summary>
    /// The earliest day the patient can have been born: the date of birth, or 1 January of the birth
    /// year when only the year is known; null for accounts opened from older messages (nothing checked).
    /// A medicine dispensed before it cannot be the patient's.
    /// </summary>
    public DateOnly? BornOnOrAfter { get; private set; }

    /// <summary>
    /// The Registry's family of the patient (siblings: their guardians share a phone), for the
    /// programme's per-family cap; null for accounts opened from messages that did not carry it.
    /// </summary>
    public Guid? FamilyId { get; private set; }

    /// <summary>Whether Funding has told the Registry to keep the record (claims are accounting records).</summary>
    public bool RetentionHeld { get; private set; }

    public CoverageRate Rate => new(RateBasisPoints);

    public bool IsOpen => Status != CoverageStatus.Closed;

    /// <summary>Opens the account in the state the patient's consent already calls for, if a decision arrived first.</summary>
    public static CoverageAccount Open(
        Guid patientId, string associationId, string? branchId, CoverageRate rate, MedicineFundingConsent consent, DateTimeOffset now,
        Guid? programmeId = null, string regionCode = "", string diagnosisGroup = "", DateOnly? bornOnOrAfter = null, DateTimeOffset? groupedAt = null, Guid? familyId = null)
    {
        var account = new CoverageAccount
        {
            Id = Guid.CreateVersion7(now),
            PatientId = patientId,
            AssociationId = associationId,
            BranchId = branchId,
            RateBasisPoints = rate.BasisPoints,
            OpenedAt = now,
            Status = CoverageStatus.Active,
            StatusSince = now,
            ProgrammeId = programmeId,
            RegionCode = regionCode,
            DiagnosisGroup = diagnosisGroup,
            BornOnOrAfter = bornOnOrAfter,
            GroupedAt = groupedAt,
            FamilyId = familyId,
        };
        account.Follow(consent);
        return account;
    }

    /// <summary>
    /// Suspends or re-activates the account to match the patient's current decision. The caller
    /// passes the latest decision only (see <see cref="MedicineFundingConsent.Decide"/>); a closed
    /// account stays closed.
    /// </summary>
    public void Follow(MedicineFundingConsent consent)
    {
        if (Status == CoverageStatus.Active && !consent.Given)
        {
            SetStatus(CoverageStatus.Suspended, consent.DecidedAt, NoConsentReason);
        }
        else if (Status == CoverageStatus.Suspended && consent.Given)
        {
            SetStatus(CoverageStatus.Active, consent.DecidedAt, null);
        }
    }

    /// <summary>
    /// Follows what the Registry changed about the patient: region and diagnosis group (what the
    /// reports group by), and, when the update carries them, the date of birth (a correction) and
    /// the family. A patient's events travel on separate queues and may arrive out of order, so a
    /// change made before the one already applied is ignored (false).
    /// </summary>
    public bool FollowUpdate(PatientChange change)
    {
        if (GroupedAt is { } applied && change.OccurredAt <= applied)
        {
            return false;
        }

        RegionCode = change.RegionCode;
        DiagnosisGroup = change.DiagnosisGroup;
        BornOnOrAfter = change.BornOnOrAfter ?? BornOnOrAfter;
        FamilyId = change.FamilyId ?? FamilyId;
        GroupedAt = change.OccurredAt;
        return true;
    }

    /// <summary>The survivor already has an account: this one is closed and points there. Closing twice changes nothing.</summary>
    public void CloseAsMergedInto(Guid survivingPatientId, DateTimeOffset mergedAt)
    {
        if (Status == CoverageStatus.Closed)
        {
            return;
        }

        SetStatus(CoverageStatus.Closed, mergedAt, MergedReason);
        MergedIntoPatientId = survivingPatientId;
    }

    /// <summary>
    /// The survivor has no account: this one becomes the survivor's, keeping its history, and
    /// follows the survivor's consent, which after a merge is the latest decision of both records.
    /// </summary>
    public void ReassignTo(Guid survivingPatientId, MedicineFundingConsent survivorConsent)
    {
        FormerPatientIds.Add(PatientId);
        PatientId = survivingPatientId;
        Follow(survivorConsent);
    }

    /// <summary>Marks the retention hold placed; returns false when it was placed already (publish once).</summary>
    public bool PlaceRetentionHold()
    {
        if (RetentionHeld)
        {
            return false;
        }

        RetentionHeld = true;
        return true;
    }

    /// <summary>Marks the retention hold lifted; returns false when it was not placed (publish once).</summary>
    public bool ReleaseRetentionHold()
    {
        if (!RetentionHeld)
        {
            return false;
        }

        RetentionHeld = false;
        return true;
    }

    private void SetStatus(CoverageStatus status, DateTimeOffset since, string? reason)
    {
        Status = status;
        StatusSince = since;
        StatusReason = reason;
    }
}
