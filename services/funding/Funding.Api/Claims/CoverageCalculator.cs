using PatientNetwork.Funding.Coverage;
using PatientNetwork.Funding.Programmes;

namespace PatientNetwork.Funding.Claims;

/// <summary>
/// The coverage arithmetic, in integer centimes. Each line's claimed amount (quantity × unit
/// price) is taken apart in this order, every centime going to exactly one part:
/// <list type="number">
/// <item>the other payer's share (AMO), as the invoice says;</item>
/// <item>not eligible: the whole rest, when the medicine is not on the programme's list, the programme is not valid on the dispensing day, or the patient is not covered that day;</item>
/// <item>above reference price: quantity × (unit price − reference unit price), at most the rest;</item>
/// <item>what is left is the eligible amount. The association's share is the rate applied to it
/// (basis "remainder after other payer") or to the invoice's amount at reference price, but never
/// more than the eligible amount (basis "invoice"); <b>rounded down to the centime</b>, the one
/// rounding rule: a fraction of a centime stays with the family;</item>
/// <item>the family share is the eligible amount less that share (the co-payment);</item>
/// <item>annual cap reached, then budget exhausted: the part of the share beyond what is left of
/// the patient's annual cap or of the family's (siblings together), whichever is less, then of the
/// programme's annual budget and its fund's money, in the order of the lines (dispensing date, then line number);</item>
/// <item>covered is what remains of the share.</item>
/// </list>
/// </summary>
public static class CoverageCalculator
{
    public static ClaimCoverage Calculate(
        ProgrammeTerms terms, IReadOnlyList<LineToCover> lines, Func<DateOnly, string?> patientNotCoveredOn, CoverageLimits limits)
    {
        var rate = new CoverageRate(terms.RateBasisPoints);
        var patientUsed = new Dictionary<int, long>(limits.PatientCoveredByYear);
        var programmeUsed = new Dictionary<int, long>(limits.ProgrammeCoveredByYear);
        var familyUsed = new Dictionary<int, long>(limits.FamilyCoveredByYear ?? new Dictionary<int, long>());
        var fundLeft = Math.Max(0, limits.FundAvailable);
        var outcomes = new List<LineCoverage>();

        foreach (var line in lines.OrderBy(l => l.DispensedOn).ThenBy(l => l.Number))
        {
            var claimed = line.Claimed;
            var otherPayer = Math.Min(line.OtherPayerCentimes, claimed);
            var rest = claimed - otherPayer;
            var (listed, referencePrice) = terms.Find(line.Medicine, line.AtcCode);
            var notEligibleReason = !terms.IsValidOn(line.DispensedOn) ? IneligibilityReasons.ProgrammeNotValid
                : !listed ? IneligibilityReasons.MedicineNotEligible
                : patientNotCoveredOn(line.DispensedOn);
            if (notEligibleReason is not null)
            {
                outcomes.Add(new LineCoverage(line.Number, claimed, otherPayer, 0, 0, 0, rest, 0, 0, 0, notEligibleReason));
                continue;
            }

            var aboveReference = referencePrice is { } reference && line.UnitPriceCentimes > reference
                ? Math.Min(rest, line.Quantity * (line.UnitPriceCentimes - reference))
                : 0;
            var eligible = rest - aboveReference;
            var share = terms.Basis == RateBasis.RemainderAfterOtherPayer
                ? rate.ShareOf(eligible)
                : Math.Min(eligible, rate.ShareOf(claimed - aboveReference));
            var familyShare = eligible - share;

            var year = line.DispensedOn.Year;
            var capLeft = Math.Min(
                terms.AnnualCapPerPatientCentimes is { } cap ? Math.Max(0, cap - patientUsed.GetValueOrDefault(year)) : long.MaxValue,
                terms.AnnualCapPerFamilyCentimes is { } familyCap && limits.FamilyCoveredByYear is not null ? Math.Max(0, familyCap - familyUsed.GetValueOrDefault(year)) : long.MaxValue);
            var capReached = Math.Max(0, share - capLeft);
            var afterCap = share - capReached;
            var budgetLeft = Math.Min(Math.Max(0, terms.AnnualBudgetCentimes - programmeUsed.GetValueOrDefault(year)), fundLeft);
            var budgetExhausted = Math.Max(0, afterCap - budgetLeft);
            var covered = afterCap - budgetExhausted;

            patientUsed[year] = patientUsed.GetValueOrDefault(year) + covered;
            programmeUsed[year] = programmeUsed.GetValueOrDefault(year) + covered;
            familyUsed[year] = familyUsed.GetValueOrDefault(year) + covered;
            fundLeft -= covered;
            outcomes.Add(new LineCoverage(line.Number, claimed, otherPayer, eligible, covered, familyShare, 0, aboveReference, capReached, budgetExhausted, null));
        }

        return new ClaimCoverage(outcomes.OrderBy(o => o.Number).ToList());
    }
}
