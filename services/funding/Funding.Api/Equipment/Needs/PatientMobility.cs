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

    /// <summary>A living patient whose known need calls for equipment.</summary>
    public bool NeedsEquipment => MobilityNeeds.Qualifies(MobilityNeed) && !Deceased;

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
}
