namespace PatientNetwork.Funding.Coverage;

/// <summary>
/// The share of a medicine's cost the association pays, in basis points (8000 = 80 %), so that
/// amounts in centimes are computed in integers without rounding surprises.
/// </summary>
public readonly record struct CoverageRate
{
    public const int Full = 10_000;

    public CoverageRate(int basisPoints)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(basisPoints);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(basisPoints, Full);
        BasisPoints = basisPoints;
    }

    public int BasisPoints { get; }

    public decimal Percent => BasisPoints / 100m;

    /// <summary>The association's share of <paramref name="costInCentimes"/>, rounded down to the centime (the family never pays less than its share).</summary>
    public long ShareOf(long costInCentimes) => costInCentimes * BasisPoints / Full;
}
