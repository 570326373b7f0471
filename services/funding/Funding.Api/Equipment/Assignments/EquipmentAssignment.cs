using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.Funding.Equipment.Assignments;

/// <summary>
/// A piece of equipment handed to a child, acknowledged by a guardian (their name stored encrypted: it is personal
/// data), with the day it is due for review (children outgrow chairs) and, once it comes back, its return. At most
/// one open assignment per piece of equipment: the database's unique partial index holds it even if a lock were missed.
/// </summary>
public sealed class EquipmentAssignment
{
    private EquipmentAssignment()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public Guid ItemId { get; private set; }

    public Guid PatientId { get; private set; }

    public string? BranchId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string GuardianNameCiphertext { get; private set; } = "";

    public DateTimeOffset AcknowledgedAt { get; private set; }

    public DateOnly ReviewOn { get; private set; }

    /// <summary>The distribution day it was handed out at, if any.</summary>
    public Guid? DistributionDayId { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }

    public string AssignedBy { get; private set; } = "";

    public DateTimeOffset? ReturnedAt { get; private set; }

    public bool? ReturnedForRepair { get; private set; }

    public string? ReturnNote { get; private set; }

    public bool IsOpen => ReturnedAt is null;

    public static EquipmentAssignment Open(
        string associationId, Guid itemId, Guid patientId, string? branchId, string regionCode, string guardianNameCiphertext,
        DateTimeOffset acknowledgedAt, DateOnly reviewOn, Guid? distributionDayId, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AssociationId = associationId,
        ItemId = itemId,
        PatientId = patientId,
        BranchId = branchId,
        RegionCode = regionCode,
        GuardianNameCiphertext = guardianNameCiphertext,
        AcknowledgedAt = acknowledgedAt,
        ReviewOn = reviewOn,
        DistributionDayId = distributionDayId,
        AssignedAt = now,
        AssignedBy = by,
    };

    /// <summary>The child's Registry record was merged into another: the chair follows the child.</summary>
    public void MoveTo(Guid survivingPatientId) => PatientId = survivingPatientId;

    public void Close(bool forRepair, string? note, DateTimeOffset at)
    {
        if (!IsOpen)
        {
            throw new FundingConflictException("The equipment was returned already.", $"Assignment {Id} was closed at {ReturnedAt:O}.");
        }

        ReturnedAt = at;
        ReturnedForRepair = forRepair;
        ReturnNote = note;
    }
}
