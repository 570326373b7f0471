namespace PatientNetwork.Funding.Coverage;

/// <summary>Used when an association has no coverage policy of its own.</summary>
public sealed class CoverageDefaults
{
    public const string Section = "Coverage";

    public int DefaultRateBasisPoints { get; set; } = 8_000;
}
