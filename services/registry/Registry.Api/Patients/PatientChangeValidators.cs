using FluentValidation;
using PatientNetwork.Registry.ReferenceData;

namespace PatientNetwork.Registry.Patients;

public sealed class ChangeVitalStatusValidator : AbstractValidator<ChangeVitalStatusRequest>
{
    public ChangeVitalStatusValidator(TimeProvider time)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        RuleFor(r => r.VitalStatus).NotNull().IsInEnum();
        RuleFor(r => r.DateOfDeath).MustBeDateOfDeath(r => r.VitalStatus, today)
            .When(r => r.DateOfDeath is not null);
    }
}

public sealed class UpdateCareValidator : AbstractValidator<UpdateCareRequest>
{
    public UpdateCareValidator(ReferenceCatalog catalog)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.DiagnosisGroup).MustBeDiagnosisGroup();
        RuleFor(r => r.RegionCode).MustBeRegion(catalog);
        RuleFor(r => r.CityCode).MustBeCityOf(catalog, r => r.RegionCode)
            .When(r => !string.IsNullOrEmpty(r.CityCode));
        RuleFor(r => r.FollowUpHospital).MaximumLength(200);
        RuleFor(r => r.TreatingDoctor).MaximumLength(200);
        RuleFor(r => r.MobilityNeed).IsInEnum();
    }
}

public sealed class DiagnosisInputRequestValidator : AbstractValidator<DiagnosisInput>
{
    public DiagnosisInputRequestValidator()
    {
        RuleFor(d => d).Must(d => !string.IsNullOrWhiteSpace(d.OrphaCode) || !string.IsNullOrWhiteSpace(d.Icd10))
            .WithName("diagnosis").WithMessage("Give an ORPHAcode, an ICD-10 code, or both.");
        RuleFor(d => d.OrphaCode).Matches(DiagnosisCodes.OrphaPattern).WithMessage("An ORPHAcode looks like ORPHA:521.")
            .When(d => !string.IsNullOrWhiteSpace(d.OrphaCode));
        RuleFor(d => d.Icd10).Matches(DiagnosisCodes.Icd10Pattern).WithMessage("An ICD-10 code looks like C92.1 or D80.")
            .When(d => !string.IsNullOrWhiteSpace(d.Icd10));
    }
}
