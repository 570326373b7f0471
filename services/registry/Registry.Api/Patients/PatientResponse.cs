namespace PatientNetwork.Registry.Patients;

public sealed record PatientResponse(
    Guid Id,
    string RegistryId,
    string FirstName,
    string LastName,
    DateOnly DateOfBirth,
    Sex Sex,
    string DiagnosisGroup,
    string RegionCode,
    string? BranchId,
    bool ConsentsToStatistics,
    DateTimeOffset RegisteredAt)
{
    public static PatientResponse From(Patient p) => new(
        p.Id, p.RegistryId, p.FirstName, p.LastName, p.DateOfBirth, p.Sex, p.DiagnosisGroup, p.RegionCode, p.BranchId, p.ConsentsToStatistics, p.RegisteredAt);
}
