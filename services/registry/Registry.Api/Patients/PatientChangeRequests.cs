namespace PatientNetwork.Registry.Patients;

public sealed record ChangeVitalStatusRequest(VitalStatus? VitalStatus, DateOnly? DateOfDeath);

public sealed record UpdateCareRequest(
    string? DiagnosisGroup,
    string? RegionCode,
    string? CityCode,
    string? FollowUpHospital,
    string? TreatingDoctor,
    MobilityNeed? MobilityNeed);

/// <summary>The date of birth as corrected, or only the birth year when the day is not known.</summary>
public sealed record CorrectDateOfBirthRequest(DateOnly? DateOfBirth, int? BirthYear);

/// <summary>The patient's guardians as they are now (all of them: the list replaces the old one).</summary>
public sealed record ReplaceGuardiansRequest(IReadOnlyList<GuardianInput>? Guardians);
