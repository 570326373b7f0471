using PatientNetwork.Funding.Claims;
using PatientNetwork.Funding.Programmes;

namespace PatientNetwork.UnitTests.Funding;

public sealed class CoverageCalculatorTests
{
    private static readonly DateOnly March = new(2026, 3, 10);

    /// <summary>The programme of the worked example in docs/funding.md: 80 % after AMO, immunoglobulins and cotrimoxazole (reference 40.00 MAD).</summary>
    public static ProgrammeTerms Dip80(long? annualCap = 120_000, long budget = 100_000_000, RateBasis basis = RateBasis.RemainderAfterOtherPayer) => new(
        8_000, basis, new DateOnly(2026, 1, 1), null, annualCap, budget,
        [
            new EligibleMedicine { Name = "Immunoglobulines humaines normales", AtcCode = "J06BA" },
            new EligibleMedicine { Name = "Cotrimoxazole", AtcCode = "J01EE01", ReferenceUnitPriceCentimes = 4_000 },
        ]);

    public static IReadOnlyList<LineToCover> WorkedExampleLines =>
    [
        new(1, "Immunoglobulines IV 5 g", "J06BA02", 2, 123_457, March, 100_000),
        new(2, "Cotrimoxazole 400 mg", "J01EE01", 3, 4_599, March, 0),
        new(3, "Vitamine D3", "A11CC05", 1, 3_000, March, 0),
    ];

    [Fact]
    public void The_worked_example_of_the_documentation_comes_out_to_the_centime()
    {
        var coverage = CoverageCalculator.Calculate(Dip80(), WorkedExampleLines, _ => null, CoverageLimits.None(long.MaxValue));

        var immunoglobulins = coverage.Lines[0];
        Assert.Equal((246_914L, 100_000L, 146_914L, 117_531L, 29_383L, 0L, 0L, 0L), (immunoglobulins.Claimed, immunoglobulins.OtherPayer, immunoglobulins.Eligible, immunoglobulins.Covered, immunoglobulins.FamilyShare, immunoglobulins.AboveReferencePrice, immunoglobulins.AnnualCapReached, immunoglobulins.NotEligible));
        var cotrimoxazole = coverage.Lines[1];
        Assert.Equal((13_797L, 1_797L, 12_000L, 9_600L, 2_469L, 7_131L, 2_400L), (cotrimoxazole.Claimed, cotrimoxazole.AboveReferencePrice, cotrimoxazole.Eligible, cotrimoxazole.Covered + cotrimoxazole.AnnualCapReached, cotrimoxazole.Covered, cotrimoxazole.AnnualCapReached, cotrimoxazole.FamilyShare));
        var vitamin = coverage.Lines[2];
        Assert.Equal((3_000L, 3_000L, 0L, IneligibilityReasons.MedicineNotEligible), (vitamin.Claimed, vitamin.NotEligible, vitamin.Covered, vitamin.NotEligibleReason));

        Assert.Equal(263_711, coverage.Claimed);
        Assert.Equal(100_000, coverage.OtherPayer);
        Assert.Equal(120_000, coverage.Covered);
        Assert.Equal(31_783, coverage.FamilyShare);
        Assert.Equal(11_928, coverage.Reductions);
        Assert.Equal(coverage.Claimed, coverage.OtherPayer + coverage.Covered + coverage.FamilyShare + coverage.Reductions);
        Assert.False(coverage.Full);
    }

    [Fact]
    public void A_fraction_of_a_centime_of_the_association_s_share_stays_with_the_family()
    {
        var coverage = CoverageCalculator.Calculate(Dip80(annualCap: null), [new(1, "IgG", "J06BA02", 1, 1_001, March, 0)], _ => null, CoverageLimits.None(long.MaxValue));

        Assert.Equal(800, coverage.Covered);
        Assert.Equal(201, coverage.FamilyShare);
    }

    [Fact]
    public void On_the_invoice_basis_the_rate_applies_to_the_invoice_but_never_pays_more_than_is_left_after_the_other_payer()
    {
        var lines = new List<LineToCover> { new(1, "IgG", "J06BA02", 1, 100_000, March, 30_000), new(2, "IgG", "J06BA02", 1, 100_000, March, 0) };

        var coverage = CoverageCalculator.Calculate(Dip80(annualCap: null, basis: RateBasis.Invoice), lines, _ => null, CoverageLimits.None(long.MaxValue));

        Assert.Equal(70_000, coverage.Lines[0].Covered);
        Assert.Equal(0, coverage.Lines[0].FamilyShare);
        Assert.Equal(80_000, coverage.Lines[1].Covered);
        Assert.Equal(20_000, coverage.Lines[1].FamilyShare);
    }

    [Fact]
    public void On_the_remainder_basis_the_rate_applies_to_what_the_other_payer_left()
    {
        var coverage = CoverageCalculator.Calculate(Dip80(annualCap: null), [new(1, "IgG", "J06BA02", 1, 100_000, March, 30_000)], _ => null, CoverageLimits.None(long.MaxValue));

        Assert.Equal(56_000, coverage.Covered);
        Assert.Equal(14_000, coverage.FamilyShare);
    }

    [Fact]
    public void The_annual_cap_counts_what_the_patient_already_had_covered_that_year_and_a_new_year_starts_afresh()
    {
        var lines = new List<LineToCover> { new(1, "IgG", "J06BA02", 1, 100_000, new DateOnly(2026, 12, 30), 0), new(2, "IgG", "J06BA02", 1, 100_000, new DateOnly(2027, 1, 2), 0) };
        var limits = new CoverageLimits(new Dictionary<int, long> { [2026] = 100_000 }, new Dictionary<int, long>(), long.MaxValue);

        var coverage = CoverageCalculator.Calculate(Dip80(annualCap: 150_000) with { ValidTo = null }, lines, _ => null, limits);

        Assert.Equal(50_000, coverage.Lines[0].Covered);
        Assert.Equal(30_000, coverage.Lines[0].AnnualCapReached);
        Assert.Equal(80_000, coverage.Lines[1].Covered);
        Assert.Equal(0, coverage.Lines[1].AnnualCapReached);
    }

    [Fact]
    public void The_budget_and_the_money_in_the_fund_both_limit_what_is_covered()
    {
        var line = new List<LineToCover> { new(1, "IgG", "J06BA02", 1, 100_000, March, 0) };

        var byBudget = CoverageCalculator.Calculate(Dip80(annualCap: null, budget: 1_000_000),
            line, _ => null, new CoverageLimits(new Dictionary<int, long>(), new Dictionary<int, long> { [2026] = 950_000 }, long.MaxValue));
        var byFund = CoverageCalculator.Calculate(Dip80(annualCap: null), line, _ => null, CoverageLimits.None(20_000));

        Assert.Equal((50_000L, 30_000L), (byBudget.Covered, byBudget.Lines[0].BudgetExhausted));
        Assert.Equal((20_000L, 60_000L), (byFund.Covered, byFund.Lines[0].BudgetExhausted));
    }

    [Fact]
    public void A_line_dispensed_when_the_patient_was_not_covered_or_outside_the_programme_s_validity_is_not_eligible()
    {
        var withdrawn = new DateOnly(2026, 6, 1);
        var lines = new List<LineToCover> { new(1, "IgG", "J06BA02", 1, 10_000, new DateOnly(2026, 5, 31), 0), new(2, "IgG", "J06BA02", 1, 10_000, withdrawn, 0), new(3, "IgG", "J06BA02", 1, 10_000, new DateOnly(2025, 12, 31), 0) };

        var coverage = CoverageCalculator.Calculate(Dip80(), lines, day => day >= withdrawn ? IneligibilityReasons.NoConsent : null, CoverageLimits.None(long.MaxValue));

        Assert.Equal(8_000, coverage.Lines[0].Covered);
        Assert.Equal((10_000L, IneligibilityReasons.NoConsent), (coverage.Lines[1].NotEligible, coverage.Lines[1].NotEligibleReason));
        Assert.Equal((10_000L, IneligibilityReasons.ProgrammeNotValid), (coverage.Lines[2].NotEligible, coverage.Lines[2].NotEligibleReason));
    }

    [Fact]
    public void An_ATC_code_of_a_higher_level_covers_the_codes_beneath_it_and_a_line_without_a_code_is_matched_by_name()
    {
        var lines = new List<LineToCover> { new(1, "Privigen", "J06BA02", 1, 10_000, March, 0), new(2, "cotrimoxazole ", null, 1, 3_000, March, 0), new(3, "Privigen", "J06BB01", 1, 10_000, March, 0) };

        var coverage = CoverageCalculator.Calculate(Dip80(), lines, _ => null, CoverageLimits.None(long.MaxValue));

        Assert.Equal([8_000L, 2_400L, 0L], coverage.Lines.Select(l => l.Covered));
    }

    [Fact]
    public void Every_centime_of_every_line_is_accounted_for_exactly_once_whatever_the_amounts_and_limits()
    {
        var random = new Random(20261202);
        for (var run = 0; run < 2_000; run++)
        {
            var lines = Enumerable.Range(1, random.Next(1, 8)).Select(n =>
            {
                var quantity = random.Next(1, 50);
                var price = random.NextInt64(1, 500_000);
                var other = random.Next(3) == 0 ? 0 : random.NextInt64(0, quantity * price + 1);
                var atc = random.Next(4) == 0 ? "A11CC05" : random.Next(2) == 0 ? "J06BA02" : "J01EE01";
                return new LineToCover(n, "medicine", atc, quantity, price, March.AddDays(random.Next(-100, 200)), other);
            }).ToList();
            var terms = Dip80(annualCap: random.Next(2) == 0 ? null : random.NextInt64(1, 5_000_000), budget: random.NextInt64(1, 10_000_000),
                basis: random.Next(2) == 0 ? RateBasis.Invoice : RateBasis.RemainderAfterOtherPayer) with { RateBasisPoints = random.Next(1, 10_001) };
            var limits = new CoverageLimits(new Dictionary<int, long> { [2026] = random.NextInt64(0, 3_000_000) }, new Dictionary<int, long> { [2026] = random.NextInt64(0, 3_000_000) }, random.NextInt64(0, 10_000_000));

            var coverage = CoverageCalculator.Calculate(terms, lines, day => day.Month == 7 ? IneligibilityReasons.NoConsent : null, limits);

            foreach (var line in coverage.Lines)
            {
                Assert.Equal(line.Claimed, line.OtherPayer + line.Covered + line.FamilyShare + line.Reductions);
                Assert.Equal(line.Eligible, line.Covered + line.FamilyShare + line.AnnualCapReached + line.BudgetExhausted);
                Assert.True(new[] { line.OtherPayer, line.Covered, line.FamilyShare, line.NotEligible, line.AboveReferencePrice, line.AnnualCapReached, line.BudgetExhausted }.All(v => v >= 0), $"run {run}: a negative part in {line}");
            }

            Assert.True(coverage.Covered <= Math.Max(0, limits.FundAvailable), $"run {run}: covered more than the fund holds");
            Assert.Equal(lines.Sum(l => l.Claimed), coverage.Claimed);
        }
    }
}
