using PatientNetwork.Funding.Coverage;

namespace PatientNetwork.UnitTests.Funding;

public sealed class CoverageRateTests
{
    [Theory]
    [InlineData(8_000, 10_000, 8_000)]
    [InlineData(8_000, 12_345, 9_876)]
    [InlineData(8_000, 1, 0)]
    [InlineData(10_000, 12_345, 12_345)]
    [InlineData(0, 12_345, 0)]
    public void The_association_share_is_computed_in_whole_centimes_rounded_down(int basisPoints, long cost, long expectedShare) =>
        Assert.Equal(expectedShare, new CoverageRate(basisPoints).ShareOf(cost));

    [Fact]
    public void Eighty_percent_is_8000_basis_points() => Assert.Equal(80m, new CoverageRate(8_000).Percent);

    [Theory]
    [InlineData(-1)]
    [InlineData(10_001)]
    public void A_rate_outside_0_to_100_percent_is_refused(int basisPoints) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CoverageRate(basisPoints));
}
