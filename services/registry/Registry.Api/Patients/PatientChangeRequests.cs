namespace PatientNetwork.Registry.Patients;

public sealed record ChangeVitalStatusRequest(VitalStatus? VitalStatus, DateOnly? DateOfDeath);

public sealed record UpdateCareRequest(
    string? DiagnosisGroup,
    string? RegionCode,
    string? CityCode,
    string? FollowUpHospital,
    string? TreatingDoctor,
    MobilityNeed? MobilityNeed);
