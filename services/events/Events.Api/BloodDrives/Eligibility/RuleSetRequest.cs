namespace PatientNetwork.Events.BloodDrives.Eligibility;

public sealed record RuleSetRequest(string? TransfusionCentre, int? MinAge, int? MaxAge, int? MinWeightKg, int? MinDaysBetweenDonations, int? MaxPerYearMen, int? MaxPerYearWomen, string? Source);
