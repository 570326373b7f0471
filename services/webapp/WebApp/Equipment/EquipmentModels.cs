namespace PatientNetwork.WebApp.Equipment;

/// <summary>A piece of equipment as Funding lists it.</summary>
public sealed record EquipmentItem(Guid Id, string TypeName, string Size, string SerialNumber, string LocationName, string RegionCode, string Status);

/// <summary>A child on the waiting list: ids and region only (Funding holds no names).</summary>
public sealed record WaitingChild(Guid PatientId, string RegionCode, string MobilityNeed, DateTimeOffset WaitingSince);

/// <summary>An assignment with the guardian's acknowledgement.</summary>
public sealed record NewAssignment(Guid PatientId, string GuardianName, DateTimeOffset AcknowledgedAt);

public sealed record Assignment(Guid Id, Guid ItemId, Guid PatientId, DateOnly ReviewOn);
