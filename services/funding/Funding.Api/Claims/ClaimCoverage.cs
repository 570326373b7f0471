namespace PatientNetwork.Funding.Claims;

/// <summary>
/// The arithmetic of a whole claim: its lines' outcomes and their totals, and the family whose
/// annual cap it was measured against (null: the patient has no known siblings).
/// </summary>
public sealed record ClaimCoverage(IReadOnlyList<LineCoverage> Lines, Guid? FamilyId = null)
{
    public long Claimed => Lines.Sum(l => l.Claimed);

    public long OtherPayer => Lines.Sum(l => l.OtherPayer);

    public long Eligible => Lines.Sum(l => l.Eligible);

    public long Covered => Lines.Sum(l => l.Covered);

    public long FamilyShare => Lines.Sum(l => l.FamilyShare);

    public long Reductions => Lines.Sum(l => l.Reductions);

    /// <summary>Every line covered as the programme promises, without a reduction beyond the co-payment.</summary>
    public bool Full => Lines.All(l => l.Reductions == 0);
}
