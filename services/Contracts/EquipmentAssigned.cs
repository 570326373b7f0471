namespace PatientNetwork.Contracts;

/// <summary>
/// Funding handed a piece of equipment (a mobile chair) to a child. Ids, association, region and the kind of
/// equipment only: no name, no guardian, nothing a partner should not see.
/// </summary>
public sealed record EquipmentAssigned(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid AssignmentId,
    Guid ItemId,
    Guid PatientId,
    string AssociationId,
    string RegionCode,
    Guid EquipmentTypeId,
    string EquipmentType,
    Guid? DistributionDayId) : IIntegrationEvent;
