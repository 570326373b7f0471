using FluentValidation;
using PatientNetwork.Registry.ReferenceData;

namespace PatientNetwork.Registry.Patients;

/// <summary>Field rules shared by registration, later changes and the list filters, so each says the same thing everywhere.</summary>
public static class PatientRules
{
    public static readonly string DiagnosisGroupMessage = $"Diagnosis group must be one of: {string.Join(", ", DiagnosisGroups.All)}.";
    public const string RegionMessage = "Region must be one of the 12 regions of Morocco (for example casablanca-settat).";
    public const string CityMessage = "This city is not in the shipped list for the region.";

    public static IRuleBuilderOptions<T, string?> MustBeDiagnosisGroup<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().Must(group => DiagnosisGroups.All.Contains(group!)).WithMessage(DiagnosisGroupMessage);

    public static IRuleBuilderOptions<T, string?> MustBeRegion<T>(this IRuleBuilder<T, string?> rule, ReferenceCatalog catalog) =>
        rule.NotEmpty().Must(catalog.IsRegion).WithMessage(RegionMessage);

    public static IRuleBuilderOptions<T, string?> MustBeCityOf<T>(this IRuleBuilder<T, string?> rule, ReferenceCatalog catalog, Func<T, string?> region) =>
        rule.Must((request, city) => catalog.IsCity(region(request), city)).WithMessage(CityMessage);

    public static IRuleBuilderOptions<T, DateOnly?> MustBeDateOfDeath<T>(this IRuleBuilder<T, DateOnly?> rule, Func<T, VitalStatus?> status, DateOnly today) =>
        rule.Must((request, _) => status(request) == VitalStatus.Deceased).WithMessage("A date of death needs vital status 'deceased'.")
            .Must(date => date <= today).WithMessage("Date of death cannot be in the future.");

    /// <summary>A known date of birth: not in the future, not before 1900 (registration and correction).</summary>
    public static IRuleBuilderOptions<T, DateOnly?> MustBeDateOfBirth<T>(this IRuleBuilder<T, DateOnly?> rule, DateOnly today) =>
        rule.Must(date => date <= today).WithMessage("Date of birth cannot be in the future.")
            .Must(date => date >= new DateOnly(1900, 1, 1)).WithMessage("Date of birth must be after 1900.");

    /// <summary>The birth year, required without a date of birth and agreeing with it.</summary>
    public static IRuleBuilderOptions<T, int?> MustBeBirthYearOf<T>(this IRuleBuilder<T, int?> rule, Func<T, DateOnly?> dateOfBirth, DateOnly today) =>
        rule.InclusiveBetween(1900, today.Year)
            .Must((request, year) => dateOfBirth(request) is not { } date || date.Year == year).WithMessage("Birth year and date of birth disagree.");
}
