using PatientNetwork.Funding.Claims;
using PatientNetwork.Funding.Programmes;

namespace PatientNetwork.UnitTests.Funding;

/// <summary>The per-family annual cap in the arithmetic: siblings together, next to each one's own cap.</summary>
public sealed class FamilyCapTests
{
    private static readonly DateOnly March = new(2026, 3, 10);

    /// <summary>80 % of immunoglobulins, 1,500.00 MAD per patient and 2,000.00 MAD per family each year.</summary>
    private static readonly ProgrammeTerms Terms = CoverageCalculatorTests.Dip80(annualCap: 150_000) with { AnnualCapPerFamilyCentimes = 200_000 };

    /// <summary>1,000.00 MAD of immunoglobulins: 800.00 MAD covered when nothing limits it.</summary>
    private static readonly IReadOnlyList<LineToCover> OneThousandMad = [new(1, "IgG", "J06BA02", 1, 100_000, March, 0)];

    [Fact]
    public void A_sibling_gets_only_what_the_family_cap_leaves_and_the_rest_is_annual_cap_reached()
    {
        var limits = new CoverageLimits(new Dictionary<int, long>(), new Dictionary<int, long>(), long.MaxValue, new Dictionary<int, long> { [2026] = 150_000 });

        var line = Assert.Single(CoverageCalculator.Calculate(Terms, OneThousandMad, _ => null, limits).Lines);

        Assert.Equal(50_000, line.Covered);
        Assert.Equal(30_000, line.AnnualCapReached);
        Assert.Equal(line.Claimed, line.OtherPayer + line.Covered + line.FamilyShare + line.Reductions);
    }

    [Fact]
    public void The_patients_own_cap_still_binds_when_the_family_has_room()
    {
        var limits = new CoverageLimits(new Dictionary<int, long> { [2026] = 120_000 }, new Dictionary<int, long>(), long.MaxValue, new Dictionary<int, long> { [2026] = 120_000 });

        var line = Assert.Single(CoverageCalculator.Calculate(Terms, OneThousandMad, _ => null, limits).Lines);

        Assert.Equal(30_000, line.Covered);
        Assert.Equal(50_000, line.AnnualCapReached);
    }

    [Fact]
    public void A_lone_child_without_a_family_obeys_the_per_patient_cap_only()
    {
        var lines = Enumerable.Range(1, 3).Select(n => new LineToCover(n, "IgG", "J06BA02", 1, 100_000, March, 0)).ToList();

        var coverage = CoverageCalculator.Calculate(Terms, lines, _ => null, CoverageLimits.None(long.MaxValue));

        Assert.Equal(150_000, coverage.Covered);
        Assert.Equal(90_000, coverage.Lines.Sum(l => l.AnnualCapReached));
    }

    [Fact]
    public void Lines_of_one_claim_count_against_the_family_cap_as_they_go()
    {
        var lines = Enumerable.Range(1, 3).Select(n => new LineToCover(n, "IgG", "J06BA02", 1, 100_000, March, 0)).ToList();
        var limits = new CoverageLimits(new Dictionary<int, long>(), new Dictionary<int, long>(), long.MaxValue, new Dictionary<int, long> { [2026] = 100_000 });

        var coverage = CoverageCalculator.Calculate(Terms with { AnnualCapPerPatientCentimes = null }, lines, _ => null, limits);

        Assert.Equal([80_000, 20_000, 0], coverage.Lines.Select(l => l.Covered));
    }
}
