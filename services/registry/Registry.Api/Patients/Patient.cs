using System.Security.Cryptography;
using PatientNetwork.Contracts;

namespace PatientNetwork.Registry.Patients;

/// <summary>A patient of one association (and maybe one of its branches).</summary>
public sealed class Patient
{
    private const string PseudonymAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private Patient()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The registry id shown to staff and partners: random, never derived from identity.</summary>
    public string RegistryId { get; private set; } = "";

    public string AssociationId { get; private set; } = "";

    public string? BranchId { get; private set; }

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    public DateOnly DateOfBirth { get; private set; }

    public Sex Sex { get; private set; }

    public string DiagnosisGroup { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    public bool ConsentsToStatistics { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public string RegisteredBy { get; private set; } = "";

    public static Patient Register(RegisterPatientRequest request, string associationId, string? branchId, string registeredBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        RegistryId = NewRegistryId(),
        AssociationId = associationId,
        BranchId = branchId,
        FirstName = request.FirstName!.Trim(),
        LastName = request.LastName!.Trim(),
        DateOfBirth = request.DateOfBirth!.Value,
        Sex = request.Sex!.Value,
        DiagnosisGroup = request.DiagnosisGroup!,
        RegionCode = request.RegionCode!,
        ConsentsToStatistics = request.ConsentsToStatistics ?? false,
        RegisteredAt = now,
        RegisteredBy = registeredBy,
    };

    public PatientRegistered ToRegisteredEvent(DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, Id, AssociationId, BranchId, DiagnosisGroup, RegionCode, ConsentsToStatistics);

    private static string NewRegistryId() =>
        "PN-" + RandomNumberGenerator.GetString(PseudonymAlphabet, 10);
}
