namespace PatientNetwork.Funding.Equipment.WaitingList;

/// <summary>A child waiting for equipment: ids and region only (Funding holds no names), and since when.</summary>
public sealed record WaitingChild(Guid PatientId, string RegionCode, string? BranchId, string MobilityNeed, DateTimeOffset WaitingSince);
