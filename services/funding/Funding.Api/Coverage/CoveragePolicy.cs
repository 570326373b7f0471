namespace PatientNetwork.Funding.Coverage;

/// <summary>An association's default coverage for new patients (Hajar pays 80 % of medicine costs).</summary>
public sealed class CoveragePolicy(string associationId, int defaultRateBasisPoints)
{
    public string AssociationId { get; private set; } = associationId;

    public int DefaultRateBasisPoints { get; private set; } = defaultRateBasisPoints;
}
