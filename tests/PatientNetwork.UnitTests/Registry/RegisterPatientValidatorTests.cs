using PatientNetwork.Registry.Patients;

namespace PatientNetwork.UnitTests.Registry;

public sealed class RegisterPatientValidatorTests
{
    private readonly RegisterPatientValidator validator = new(FixedTime.Nov2026);

    private static RegisterPatientRequest Valid() => new(
        "Yasmine", "El Idrissi", new DateOnly(2018, 4, 2), Sex.Female, DiagnosisGroups.PrimaryImmunodeficiency, "casablanca-settat", null, true);

    [Fact]
    public void A_complete_registration_is_valid() => Assert.True(validator.Validate(Valid()).IsValid);

    [Fact]
    public void A_birth_date_after_today_is_refused() =>
        AssertInvalid(Valid() with { DateOfBirth = new DateOnly(2026, 11, 24) }, nameof(RegisterPatientRequest.DateOfBirth));

    [Fact]
    public void A_birth_today_is_accepted() =>
        Assert.True(validator.Validate(Valid() with { DateOfBirth = new DateOnly(2026, 11, 23) }).IsValid);

    [Fact]
    public void A_region_outside_the_12_regions_of_Morocco_is_refused() =>
        AssertInvalid(Valid() with { RegionCode = "andalucia" }, nameof(RegisterPatientRequest.RegionCode));

    [Fact]
    public void Missing_fields_are_each_reported_without_failing_on_nulls()
    {
        var result = validator.Validate(new RegisterPatientRequest(null, null, null, null, null, null, null, null));

        var fields = result.Errors.Select(e => e.PropertyName).ToHashSet();
        Assert.Superset(fields, new HashSet<string> { "FirstName", "LastName", "DateOfBirth", "Sex", "DiagnosisGroup", "RegionCode" });
    }

    private void AssertInvalid(RegisterPatientRequest request, string field)
    {
        var result = validator.Validate(request);
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.PropertyName == field);
    }
}
