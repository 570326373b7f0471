namespace PatientNetwork.Registry.Patients;

/// <summary>Everything is nullable so a missing field becomes a field error, not a binding failure.</summary>
public sealed record RegisterPatientRequest(
    string? FirstName,
    string? LastName,
    DateOnly? DateOfBirth,
    Sex? Sex,
    string? DiagnosisGroup,
    string? RegionCode,
    string? BranchId,
    bool? ConsentsToStatistics);
