namespace PatientNetwork.Funding.Equipment.Needs;

/// <summary>
/// Funding's copy of what the Registry says about a patient's mobility: their association, branch, region and
/// need, kept from PatientRegistered and PatientUpdated. Events of one patient can arrive out of order on their two
/// queues, so a change older than the one already applied is ignored. <see cref="NeedSince"/> is when the patient
/// started needing equipment: the waiting list's order.
/// </summary>
public sealed class PatientMobility
{
    private PatientMobility()
    {
    }

    public Guid PatientId { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string? BranchId { get; private set; }

    public string RegionCode { get; private set; } = "";

    /// <summary>none, walking-aid, wheelchair, bedridden; null while unknown.</summary>
    public string? MobilityNeed { get; private set; }

    /// <summary>Since when the known need calls for equipment; null when it does not.</summary>
    public DateTimeOffset? NeedSince { get; private set; }

    public bool Deceased { get; private set; }

    /// <summary>When the Registry made the change last applied here.</summary>
    public DateTimeOffset ObservedAt { get; private set; }

    /// <summary>The record this one was merged into in the Registry: the same child, who waits (or not) under that id only.</summary>
    public Guid? MergedIntoId { get; private set; }

    /// <summary>A living patient whose known need calls for equipment, under their surviving record.</summary>
    public bool NeedsEquipment => MobilityNeeds.Qualifies(MobilityNeed) && !Deceased && MergedIntoId is null;

    public static PatientMobility Observe(Guid patientId, string associationId, string? branchId, string regionCode, string? need, bool deceased, DateTimeOffset occurredAt)
    {
        var mobility = new PatientMobility { PatientId = patientId, ObservedAt = DateTimeOffset.MinValue };
        mobility.Apply(associationId, branchId, regionCode, need, deceased, occurredAt);
        return mobility;
    }

    /// <summary>
    /// Applies a newer change. An older one only fills a need still unknown (it arrived late on its own queue). A
    /// null need (an older publisher) leaves the known need as it was: it says nothing about it.
    /// </summary>
    public void Apply(string associationId, string? branchId, string regionCode, string? need, bool deceased, DateTimeOffset occurredAt)
    {
        if (MergedIntoId is not null)
        {
            return;
        }

        var wasWaiting = NeedsEquipment;
        if (occurredAt < ObservedAt)
        {
            MobilityNeed ??= need;
        }
        else
        {
            AssociationId = associationId;
            BranchId = branchId;
            RegionCode = regionCode;
            MobilityNeed = need ?? MobilityNeed;
            Deceased = deceased;
            ObservedAt = occurredAt;
        }

        NeedSince = NeedsEquipment ? (wasWaiting ? NeedSince : occurredAt) : null;
    }

    /// <summary>
    /// A merge that arrived before anything else about the merged record: the row only says it was merged, so the
    /// record's late registration cannot put the child on the waiting list a second time.
    /// </summary>
    public static PatientMobility MergedBeforeArrival(Guid patientId, string associationId, Guid survivorId, DateTimeOffset occurredAt) => new()
    {
        PatientId = patientId,
        AssociationId = associationId,
        MergedIntoId = survivorId,
        ObservedAt = occurredAt,
    };

    /// <summary>
    /// This record was merged into <paramref name="survivor"/>: it leaves the waiting list, and the survivor keeps the
    /// need when its own is unknown and the earlier waiting date when both were waiting, so nobody loses their place.
    /// </summary>
    public void MergeInto(PatientMobility? survivor, Guid survivorId)
    {
        if (survivor is not null && survivor.MergedIntoId is null)
        {
            var bothWaiting = survivor.NeedsEquipment && NeedsEquipment;
            survivor.MobilityNeed ??= MobilityNeed;
            survivor.NeedSince = !survivor.NeedsEquipment ? null
                : bothWaiting && NeedSince < survivor.NeedSince ? NeedSince
                : survivor.NeedSince ?? NeedSince;
        }

        MergedIntoId = survivorId;
        NeedSince = null;
    }
}
