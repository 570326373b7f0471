using PatientNetwork.Registry.ReferenceData;

namespace PatientNetwork.UnitTests.Registry.ReferenceData;

public sealed class ReferenceCatalogLoadingTests : IDisposable
{
    private const string ValidRegions = """
        { "regions": [ { "code": "casablanca-settat", "name": { "ar": "الدار البيضاء سطات", "fr": "Casablanca-Settat", "en": "Casablanca-Settat" },
          "cities": [ { "code": "casablanca", "name": { "ar": "الدار البيضاء", "fr": "Casablanca", "en": "Casablanca" } } ] } ] }
        """;

    private const string ValidDiagnoses = """
        { "diagnoses": [ { "orphaCode": "ORPHA:521", "icd10": "C92.1", "group": "leukemia", "iuisCategory": null,
          "name": { "ar": "ابيضاض الدم النقوي المزمن", "fr": "Leucémie myéloïde chronique", "en": "Chronic myeloid leukemia" } } ] }
        """;

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"reference-data-{Guid.NewGuid():N}");

    public ReferenceCatalogLoadingTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Valid_files_load()
    {
        Write(ValidRegions, ValidDiagnoses);

        var catalog = ReferenceCatalog.Load(folder);

        Assert.True(catalog.IsCity("casablanca-settat", "casablanca"));
        Assert.Equal("Chronic myeloid leukemia", catalog.FindDiagnosis("521", null)?.Name.En);
    }

    [Fact]
    public void By_default_the_files_copied_next_to_the_application_are_loaded()
    {
        var catalog = ReferenceCatalog.Load();

        Assert.Equal(ShippedReferenceData.Catalog.Regions.Select(r => r.Code), catalog.Regions.Select(r => r.Code));
        Assert.Equal(ShippedReferenceData.Catalog.Diagnoses.Count, catalog.Diagnoses.Count);
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        File.WriteAllText(Path.Combine(folder, ReferenceCatalog.RegionsFileName), ValidRegions);

        var error = Assert.Throws<InvalidOperationException>(() => ReferenceCatalog.Load(folder));

        Assert.Contains("diagnoses.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_json_is_reported_by_name()
    {
        Write("{ \"regions\": [ oops", ValidDiagnoses);

        var error = Assert.Throws<InvalidOperationException>(() => ReferenceCatalog.Load(folder));

        Assert.Contains("regions.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("malformed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "regions": [] }""", "'regions' is missing or empty")]
    [InlineData("""{ "regions": [ { "code": "Casablanca Settat", "name": { "ar": "س", "fr": "C", "en": "C" }, "cities": [ { "code": "c", "name": { "ar": "س", "fr": "C", "en": "C" } } ] } ] }""", "regions[0].code")]
    [InlineData("""{ "regions": [ { "code": "a", "name": { "ar": "", "fr": "A", "en": "A" }, "cities": [ { "code": "c", "name": { "ar": "س", "fr": "C", "en": "C" } } ] } ] }""", "regions[0].name.ar")]
    [InlineData("""{ "regions": [ { "code": "a", "name": { "ar": "س", "fr": "A", "en": "A" }, "cities": [] } ] }""", "regions[0].cities is missing or empty")]
    [InlineData("""{ "regions": [ { "code": "a", "name": { "ar": "س", "fr": "A", "en": "A" }, "cities": [ { "code": "c", "name": { "ar": "س", "fr": "C", "en": "C" } } ] }, { "code": "a", "name": { "ar": "س", "fr": "A", "en": "A" }, "cities": [ { "code": "d", "name": { "ar": "س", "fr": "D", "en": "D" } } ] } ] }""", "regions[1].code 'a' is listed twice")]
    public void A_region_that_breaks_a_rule_is_reported_with_the_file_and_the_rule(string regions, string expected)
    {
        Write(regions, ValidDiagnoses);

        var error = Assert.Throws<InvalidOperationException>(() => ReferenceCatalog.Load(folder));

        Assert.Contains("regions.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "orphaCode": "521", "icd10": null, "group": "leukemia", "name": { "ar": "س", "fr": "L", "en": "L" } }""", "diagnoses[0].orphaCode '521'")]
    [InlineData("""{ "orphaCode": "ORPHA:0", "icd10": null, "group": "leukemia", "name": { "ar": "س", "fr": "L", "en": "L" } }""", "diagnoses[0].orphaCode 'ORPHA:0'")]
    [InlineData("""{ "orphaCode": null, "icd10": "c92.1", "group": "leukemia", "name": { "ar": "س", "fr": "L", "en": "L" } }""", "diagnoses[0].icd10 'c92.1'")]
    [InlineData("""{ "orphaCode": null, "icd10": null, "group": "leukemia", "name": { "ar": "س", "fr": "L", "en": "L" } }""", "neither an orphaCode nor an icd10")]
    [InlineData("""{ "orphaCode": "ORPHA:1", "icd10": null, "group": "", "name": { "ar": "س", "fr": "L", "en": "L" } }""", "diagnoses[0].group")]
    [InlineData("""{ "orphaCode": "ORPHA:1", "icd10": null, "group": "leukemia" }""", "diagnoses[0].name is missing")]
    public void A_diagnosis_that_breaks_a_rule_is_reported_with_the_file_and_the_rule(string diagnosis, string expected)
    {
        Write(ValidRegions, $$"""{ "diagnoses": [ {{diagnosis}} ] }""");

        var error = Assert.Throws<InvalidOperationException>(() => ReferenceCatalog.Load(folder));

        Assert.Contains("diagnoses.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_orpha_code_twice_is_refused()
    {
        const string twice = """
            { "diagnoses": [
              { "orphaCode": "ORPHA:521", "icd10": "C92.1", "group": "leukemia", "name": { "ar": "س", "fr": "L", "en": "L" } },
              { "orphaCode": "ORPHA:521", "icd10": "C92.0", "group": "leukemia", "name": { "ar": "س", "fr": "M", "en": "M" } } ] }
            """;
        Write(ValidRegions, twice);

        var error = Assert.Throws<InvalidOperationException>(() => ReferenceCatalog.Load(folder));

        Assert.Contains("'ORPHA:521' is listed twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_loaded_lists_cannot_be_changed_through_their_interfaces()
    {
        Write(ValidRegions, ValidDiagnoses);

        var catalog = ReferenceCatalog.Load(folder);

        Assert.False(catalog.Regions is List<Region>);
        Assert.False(catalog.Diagnoses is List<Diagnosis>);
        Assert.False(catalog.Regions[0].Cities is List<City>);
        Assert.True(((ICollection<Region>)catalog.Regions).IsReadOnly);
    }

    private void Write(string regions, string diagnoses)
    {
        File.WriteAllText(Path.Combine(folder, ReferenceCatalog.RegionsFileName), regions);
        File.WriteAllText(Path.Combine(folder, ReferenceCatalog.DiagnosesFileName), diagnoses);
    }
}
