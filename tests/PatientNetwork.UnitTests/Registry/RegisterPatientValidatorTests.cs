using PatientNetwork.Registry.Patients;
using PatientNetwork.UnitTests.Registry.ReferenceData;

namespace PatientNetwork.UnitTests.Registry;

public sealed class RegisterPatientValidatorTests
{
    private readonly RegisterPatientValidator validator = new(FixedTime.Nov2026, ShippedReferenceData.Catalog);

    private static RegisterPatientRequest Valid() => new(
        FirstName: "Yasmine",
        LastName: "El Idrissi",
        DateOfBirth: new DateOnly(2018, 4, 2),
        BirthYear: null,
        Sex: Sex.Female,
        VitalStatus: null,
        DateOfDeath: null,
        DiagnosisGroup: DiagnosisGroups.PrimaryImmunodeficiency,
        Diagnoses: [new DiagnosisInput("ORPHA:47", "D80.0")],
        GeneticFindings: [new GeneticFindingInput("BTK", "NM_000061.3:c.1631G>A")],
        RegionCode: "casablanca-settat",
        CityCode: "casablanca",
        BranchId: null,
        FollowUpHospital: "CHU Ibn Rochd",
        TreatingDoctor: null,
        MobilityNeed: MobilityNeed.Wheelchair,
        FirstSpecialisedVisitOn: new DateOnly(2019, 1, 10),
        AgeAtOnsetMonths: 6,
        AgeAtDiagnosisMonths: 9,
        Cin: null,
        Phone: "06 12 34 56 78",
        Address: null,
        Guardians: [new GuardianInput("Khadija", GuardianRelation.Mother, "+212612345678")],
        Treatments: [new TreatmentInput(TreatmentKind.Ivig, new DateOnly(2019, 2, 1), null, null)],
        Consents: [new ConsentInput("statistics", "signed form")],
        ConfirmedNotDuplicate: null);

    [Fact]
    public void A_complete_registration_is_valid() => Assert.True(validator.Validate(Valid()).IsValid, string.Join("; ", validator.Validate(Valid()).Errors));

    [Fact]
    public void A_birth_year_alone_is_enough() =>
        Assert.True(validator.Validate(Valid() with { DateOfBirth = null, BirthYear = 2015, FirstSpecialisedVisitOn = null }).IsValid);

    [Fact]
    public void Neither_birth_date_nor_year_is_refused() =>
        AssertInvalid(Valid() with { DateOfBirth = null }, "birthYear");

    [Fact]
    public void A_birth_year_contradicting_the_birth_date_is_refused() =>
        AssertInvalid(Valid() with { BirthYear = 2017 }, "birthYear");

    [Fact]
    public void A_birth_date_after_today_is_refused() =>
        AssertInvalid(Valid() with { DateOfBirth = new DateOnly(2026, 11, 24) }, "dateOfBirth");

    [Fact]
    public void A_birth_today_is_accepted() =>
        Assert.True(validator.Validate(Valid() with { DateOfBirth = new DateOnly(2026, 11, 23), FirstSpecialisedVisitOn = null }).IsValid);

    [Fact]
    public void A_region_outside_the_12_regions_of_Morocco_is_refused() =>
        AssertInvalid(Valid() with { RegionCode = "andalucia", CityCode = null }, "regionCode");

    [Fact]
    public void A_city_of_another_region_is_refused() =>
        AssertInvalid(Valid() with { CityCode = "marrakech" }, "cityCode");

    [Fact]
    public void A_date_of_death_needs_the_deceased_status() =>
        AssertInvalid(Valid() with { DateOfDeath = new DateOnly(2024, 1, 1) }, "dateOfDeath");

    [Fact]
    public void Age_at_diagnosis_below_age_at_onset_is_refused() =>
        AssertInvalid(Valid() with { AgeAtOnsetMonths = 12, AgeAtDiagnosisMonths = 6 }, "ageAtDiagnosisMonths");

    [Theory]
    [InlineData("521", null)]
    [InlineData(null, "C921")]
    [InlineData(null, null)]
    public void Malformed_diagnosis_codes_are_refused(string? orpha, string? icd10) =>
        Assert.False(validator.Validate(Valid() with { Diagnoses = [new DiagnosisInput(orpha, icd10)] }).IsValid);

    [Theory]
    [InlineData("btk", "c.1631G>A")]
    [InlineData("BTK", "1631G>A")]
    public void Genetic_findings_need_an_HGNC_symbol_and_an_HGVS_variant(string gene, string variant) =>
        Assert.False(validator.Validate(Valid() with { GeneticFindings = [new GeneticFindingInput(gene, variant)] }).IsValid);

    [Fact]
    public void A_consent_without_evidence_is_refused() =>
        Assert.False(validator.Validate(Valid() with { Consents = [new ConsentInput("statistics", " ")] }).IsValid);

    [Fact]
    public void Missing_fields_are_each_reported_without_failing_on_nulls()
    {
        var result = validator.Validate(new RegisterPatientRequest(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));

        var fields = result.Errors.Select(e => e.PropertyName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.Superset(new HashSet<string>(["FirstName", "LastName", "BirthYear", "Sex", "DiagnosisGroup", "RegionCode"], StringComparer.OrdinalIgnoreCase), fields);
    }

    private void AssertInvalid(RegisterPatientRequest request, string field)
    {
        var result = validator.Validate(request);
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => string.Equals(e.PropertyName, field, StringComparison.OrdinalIgnoreCase));
    }
}
