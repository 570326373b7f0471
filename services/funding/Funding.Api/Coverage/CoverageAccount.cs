namespace PatientNetwork.Funding.Coverage;

/// <summary>A patient's medicine-coverage account, opened when the patient is registered.</summary>
public sealed class CoverageAccount
{
    private CoverageAccount()
    {
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string? BranchId { get; private set; }

    public int RateBasisPoints { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public CoverageRate Rate => new(RateBasisPoints);

    public static CoverageAccount Open(Guid patientId, string associationId, string? branchId, CoverageRate rate, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        PatientId = patientId,
        AssociationId = associationId,
        BranchId = branchId,
        RateBasisPoints = rate.BasisPoints,
        OpenedAt = now,
    };
}
