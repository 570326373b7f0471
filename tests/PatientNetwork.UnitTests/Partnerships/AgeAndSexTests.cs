using PatientNetwork.Partnerships.Statistics;

namespace PatientNetwork.UnitTests.Partnerships;

public sealed class AgeAndSexTests
{
    [Theory]
    [InlineData(2026, "00-04")]
    [InlineData(2022, "00-04")]
    [InlineData(2021, "05-09")]
    [InlineData(2012, "10-14")]
    [InlineData(2007, "15-19")]
    [InlineData(2006, "20+")]
    [InlineData(1950, "20+")]
    [InlineData(2027, "unknown")]
    [InlineData(null, "unknown")]
    public void The_age_band_is_the_age_reached_in_the_release_year_in_five_year_bands_then_one_adult_band(int? birthYear, string band) =>
        Assert.Equal(band, AgeAndSex.AgeBand(birthYear, 2026));

    [Fact]
    public void Band_labels_sort_in_age_order()
    {
        var bands = new[] { 2026, 2020, 2015, 2010, 2000 }.Select(year => AgeAndSex.AgeBand(year, 2026)).ToList();

        Assert.Equal(bands, bands.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("female", "female")]
    [InlineData("male", "male")]
    [InlineData("undetermined", "unknown")]
    [InlineData(null, "unknown")]
    public void An_undetermined_sex_is_counted_with_the_unknown_ones(string? sex, string group) =>
        Assert.Equal(group, AgeAndSex.SexGroup(sex));
}
