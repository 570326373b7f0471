using System.Text.RegularExpressions;
using PatientNetwork.Registry.ReferenceData;

namespace PatientNetwork.UnitTests.Registry.ReferenceData;

public sealed partial class RegionsTests
{
    private static readonly string[] RegionCodesOf2015 =
    [
        "tanger-tetouan-al-hoceima", "oriental", "fes-meknes", "rabat-sale-kenitra", "beni-mellal-khenifra",
        "casablanca-settat", "marrakech-safi", "draa-tafilalet", "souss-massa", "guelmim-oued-noun",
        "laayoune-sakia-el-hamra", "dakhla-oued-ed-dahab",
    ];

    private readonly ReferenceCatalog catalog = ShippedReferenceData.Catalog;

    [Fact]
    public void All_12_regions_of_Morocco_are_listed_with_their_stable_codes()
    {
        Assert.Equal(12, catalog.Regions.Count);
        Assert.Equal(RegionCodesOf2015.Order(StringComparer.Ordinal), catalog.Regions.Select(r => r.Code).Order(StringComparer.Ordinal));
        Assert.All(RegionCodesOf2015, code => Assert.True(catalog.IsRegion(code), code));
    }

    [Fact]
    public void Every_region_has_at_least_one_city() =>
        Assert.All(catalog.Regions, region => Assert.NotEmpty(region.Cities));

    [Fact]
    public void The_75_prefectures_and_provinces_of_the_2015_division_are_listed() =>
        Assert.Equal(75, catalog.Regions.Sum(r => r.Cities.Count));

    [Fact]
    public void Region_codes_are_unique() =>
        Assert.Equal(catalog.Regions.Count, catalog.Regions.Select(r => r.Code).Distinct(StringComparer.Ordinal).Count());

    [Fact]
    public void City_codes_are_unique_across_the_whole_country()
    {
        var codes = catalog.Regions.SelectMany(r => r.Cities).Select(c => c.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Region_and_city_codes_are_kebab_case_ascii()
    {
        var codes = catalog.Regions.Select(r => r.Code).Concat(catalog.Regions.SelectMany(r => r.Cities).Select(c => c.Code));
        Assert.All(codes, code => Assert.Matches(KebabCase(), code));
    }

    [Fact]
    public void Every_region_and_city_label_has_arabic_french_and_english_text()
    {
        var labels = catalog.Regions.Select(r => r.Name).Concat(catalog.Regions.SelectMany(r => r.Cities).Select(c => c.Name));
        Assert.All(labels, LabelAssert.IsComplete);
    }

    [Fact]
    public void Arabic_region_and_city_labels_are_written_in_arabic_letters()
    {
        var labels = catalog.Regions.Select(r => r.Name).Concat(catalog.Regions.SelectMany(r => r.Cities).Select(c => c.Name));
        Assert.All(labels, LabelAssert.ArabicIsArabic);
    }

    [Theory]
    [InlineData("casablanca-settat", "casablanca")]
    [InlineData("casablanca-settat", "el-jadida")]
    [InlineData("casablanca-settat", "mohammedia")]
    [InlineData("marrakech-safi", "marrakech")]
    [InlineData("marrakech-safi", "essaouira")]
    [InlineData("rabat-sale-kenitra", "kenitra")]
    [InlineData("fes-meknes", "fes")]
    [InlineData("tanger-tetouan-al-hoceima", "al-hoceima")]
    [InlineData("souss-massa", "agadir-ida-outanane")]
    [InlineData("dakhla-oued-ed-dahab", "oued-ed-dahab")]
    public void A_city_of_a_region_is_recognised(string region, string city) => Assert.True(catalog.IsCity(region, city));

    [Theory]
    [InlineData("casablanca-settat", "marrakech")]
    [InlineData("marrakech-safi", "casablanca")]
    [InlineData("casablanca-settat", "Casablanca")]
    [InlineData("casablanca-settat", "")]
    [InlineData("casablanca-settat", null)]
    [InlineData("andalucia", "casablanca")]
    [InlineData(null, "casablanca")]
    public void A_city_outside_the_region_is_refused(string? region, string? city) => Assert.False(catalog.IsCity(region, city));

    [Theory]
    [InlineData("andalucia")]
    [InlineData("Casablanca-Settat")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_region_code_is_refused(string? code) => Assert.False(catalog.IsRegion(code));

    [Fact]
    public void A_region_is_found_with_its_trilingual_name()
    {
        var region = catalog.FindRegion("casablanca-settat");

        Assert.NotNull(region);
        Assert.Equal(new Label("الدار البيضاء سطات", "Casablanca-Settat", "Casablanca-Settat"), region.Name);
        Assert.Contains(region.Cities, c => c.Code == "sidi-bennour");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
