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

public sealed class CorrectDateOfBirthValidator : AbstractValidator<CorrectDateOfBirthRequest>
{
    public CorrectDateOfBirthValidator(TimeProvider time)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        RuleFor(r => r.DateOfBirth).MustBeDateOfBirth(today).When(r => r.DateOfBirth is not null);
        RuleFor(r => r.BirthYear)
            .NotNull().WithMessage("Give the date of birth or at least the birth year.").When(r => r.DateOfBirth is null);
        RuleFor(r => r.BirthYear).MustBeBirthYearOf(r => r.DateOfBirth, today).When(r => r.BirthYear is not null);
    }
}

public sealed class ReplaceGuardiansValidator : AbstractValidator<ReplaceGuardiansRequest>
{
    public ReplaceGuardiansValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Guardians).NotNull().WithMessage("Give the guardians (an empty list removes them all).")
            .Must(list => list!.Count <= 5).WithMessage("At most 5 guardians.");
        RuleForEach(r => r.Guardians).NotNull().SetValidator(new RegisterPatientValidator.GuardianInputValidator());
    }
}
