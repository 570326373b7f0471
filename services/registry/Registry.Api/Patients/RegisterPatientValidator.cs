using FluentValidation;

namespace PatientNetwork.Registry.Patients;

public sealed class RegisterPatientValidator : AbstractValidator<RegisterPatientRequest>
{
    public RegisterPatientValidator(TimeProvider time)
    {
        // Stop at a rule's first failure: later checks of a field assume the earlier ones held.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.FirstName).NotEmpty().MaximumLength(100);
        RuleFor(r => r.LastName).NotEmpty().MaximumLength(100);
        RuleFor(r => r.DateOfBirth).NotNull()
            .Must(date => date <= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)).WithMessage("Date of birth cannot be in the future.")
            .Must(date => date >= new DateOnly(1900, 1, 1)).WithMessage("Date of birth must be after 1900.");
        RuleFor(r => r.Sex).NotNull().IsInEnum();
        RuleFor(r => r.DiagnosisGroup).NotEmpty()
            .Must(group => DiagnosisGroups.All.Contains(group!))
            .WithMessage($"Diagnosis group must be one of: {string.Join(", ", DiagnosisGroups.All)}.");
        RuleFor(r => r.RegionCode).NotEmpty()
            .Must(code => MoroccanRegions.Names.ContainsKey(code!))
            .WithMessage("Region must be one of the 12 regions of Morocco (for example casablanca-settat).");
        RuleFor(r => r.BranchId).MaximumLength(64);
    }
}
