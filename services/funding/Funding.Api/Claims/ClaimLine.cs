namespace PatientNetwork.Funding.Claims;

/// <summary>One line of a pharmacy invoice and, once the claim is decided, what became of it.</summary>
public sealed class ClaimLine
{
    public int Number { get; set; }

    public string Medicine { get; set; } = "";

    public string? AtcCode { get; set; }

    public int Quantity { get; set; }

    public long UnitPriceCentimes { get; set; }

    public DateOnly DispensedOn { get; set; }

    public long OtherPayerCentimes { get; set; }

    public long ClaimedCentimes { get; set; }

    public long? EligibleCentimes { get; set; }

    public long? CoveredCentimes { get; set; }

    public long? FamilyShareCentimes { get; set; }

    public long? NotEligibleCentimes { get; set; }

    public long? AboveReferencePriceCentimes { get; set; }

    public long? AnnualCapReachedCentimes { get; set; }

    public long? BudgetExhaustedCentimes { get; set; }

    public string? NotEligibleReason { get; set; }

    public LineToCover ToCover() => new(Number, Medicine, AtcCode, Quantity, UnitPriceCentimes, DispensedOn, OtherPayerCentimes);

    internal void Record(LineCoverage c)
    {
        EligibleCentimes = c.Eligible;
        CoveredCentimes = c.Covered;
        FamilyShareCentimes = c.FamilyShare;
        NotEligibleCentimes = c.NotEligible;
        AboveReferencePriceCentimes = c.AboveReferencePrice;
        AnnualCapReachedCentimes = c.AnnualCapReached;
        BudgetExhaustedCentimes = c.BudgetExhausted;
        NotEligibleReason = c.NotEligibleReason;
    }
}
