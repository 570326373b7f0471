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
}
