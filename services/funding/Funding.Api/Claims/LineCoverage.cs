namespace PatientNetwork.Funding.Claims;

/// <summary>
/// What became of every centime of one line. Exactly:
/// <c>claimed = otherPayer + covered + familyShare + notEligible + aboveReferencePrice + annualCapReached + budgetExhausted</c>,
/// where the last four are the reductions, and <c>eligible = covered + familyShare + annualCapReached + budgetExhausted</c>.
/// </summary>
public sealed record LineCoverage(
    int Number,
    long Claimed,
    long OtherPayer,
    long Eligible,
    long Covered,
    long FamilyShare,
    long NotEligible,
    long AboveReferencePrice,
    long AnnualCapReached,
    long BudgetExhausted,
    string? NotEligibleReason)
{
    public long Reductions => NotEligible + AboveReferencePrice + AnnualCapReached + BudgetExhausted;
}
