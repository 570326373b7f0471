using PatientNetwork.Funding.Equipment.Stock;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Equipment.Assignments;

/// <summary>An assignment as staff read it; <see cref="GuardianName"/> is null for volunteers.</summary>
public sealed record AssignmentResponse(
    Guid Id, Guid ItemId, string SerialNumber, Guid TypeId, Guid PatientId, string RegionCode, string? GuardianName, DateTimeOffset AcknowledgedAt,
    DateOnly ReviewOn, Guid? DistributionDayId, DateTimeOffset AssignedAt, string AssignedBy, DateTimeOffset? ReturnedAt, bool? ReturnedForRepair, string? ReturnNote)
{
    public static AssignmentResponse From(EquipmentAssignment a, EquipmentItem item, StaffMember reader, GuardianNames guardians) => new(
        a.Id, a.ItemId, item.SerialNumber, item.TypeId, a.PatientId, a.RegionCode, guardians.RevealTo(reader, a.GuardianNameCiphertext), a.AcknowledgedAt,
        a.ReviewOn, a.DistributionDayId, a.AssignedAt, a.AssignedBy, a.ReturnedAt, a.ReturnedForRepair, a.ReturnNote);
}
