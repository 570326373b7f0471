namespace PatientNetwork.Events.BloodDrives.Eligibility;

/// <summary>What eligibility looks at: what organising needs, no medical detail (the transfusion centre keeps those).</summary>
public sealed record DonorFacts(DonorSex Sex, DateOnly BirthDate, int? DeclaredWeightKg, IReadOnlyList<DateOnly> Donations, DateOnly? DeferredUntil, bool PermanentlyDeferred);
