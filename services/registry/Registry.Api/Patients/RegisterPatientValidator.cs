using FluentValidation;
using PatientNetwork.Contracts;
using PatientNetwork.Protection;
using PatientNetwork.Registry.ReferenceData;

namespace PatientNetwork.Registry.Patients;

public sealed class RegisterPatientValidator : AbstractValidator<RegisterPatientRequest>
{
    public RegisterPatientValidator(TimeProvider time, ReferenceCatalog catalog)
    {
        // Stop at a rule's first failure: later checks of a field assume the earlier ones held.
        RuleLevelCascadeMode = CascadeMode.Stop;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

        RuleFor(r => r.FirstName).NotEmpty().MaximumLength(100);
        RuleFor(r => r.LastName).NotEmpty().MaximumLength(100);
        RuleFor(r => r.DateOfBirth).MustBeDateOfBirth(today).When(r => r.DateOfBirth is not null);
        RuleFor(r => r.BirthYear)
            .NotNull().WithMessage("Give the date of birth or at least the birth year.").When(r => r.DateOfBirth is null);
        RuleFor(r => r.BirthYear).MustBeBirthYearOf(r => r.DateOfBirth, today).When(r => r.BirthYear is not null);
        RuleFor(r => r.Sex).NotNull().IsInEnum();
        RuleFor(r => r.VitalStatus).IsInEnum();
        RuleFor(r => r.DateOfDeath)
            .MustBeDateOfDeath(r => r.VitalStatus, today)
            .Must((r, date) => r.DateOfBirth is null || date >= r.DateOfBirth).WithMessage("Date of death cannot be before the date of birth.")
            .When(r => r.DateOfDeath is not null);
        RuleFor(r => r.DiagnosisGroup).MustBeDiagnosisGroup();
        RuleForEach(r => r.Diagnoses).SetValidator(new DiagnosisInputRequestValidator());
        RuleForEach(r => r.GeneticFindings).SetValidator(new GeneticFindingInputValidator());
        RuleFor(r => r.RegionCode).MustBeRegion(catalog);
        RuleFor(r => r.CityCode).MustBeCityOf(catalog, r => r.RegionCode)
            .When(r => !string.IsNullOrEmpty(r.CityCode));
        RuleFor(r => r.BranchId).MaximumLength(64);
        RuleFor(r => r.FollowUpHospital).MaximumLength(200);
        RuleFor(r => r.TreatingDoctor).MaximumLength(200);
        RuleFor(r => r.MobilityNeed).IsInEnum();
        RuleFor(r => r.FirstSpecialisedVisitOn)
            .Must(date => date <= today).WithMessage("The first visit cannot be in the future.")
            .Must((r, date) => r.DateOfBirth is null || date >= r.DateOfBirth).WithMessage("The first visit cannot be before birth.")
            .When(r => r.FirstSpecialisedVisitOn is not null);
        RuleFor(r => r.AgeAtOnsetMonths).InclusiveBetween(0, 1500);
        RuleFor(r => r.AgeAtDiagnosisMonths).InclusiveBetween(0, 1500)
            .GreaterThanOrEqualTo(r => r.AgeAtOnsetMonths).When(r => r.AgeAtOnsetMonths is not null && r.AgeAtDiagnosisMonths is not null)
            .WithMessage("Age at diagnosis cannot be below age at onset.");
        RuleFor(r => r.Cin)
            .Must(IdentifierNormalizer.IsValidCin).WithMessage("A CIN is one or two letters followed by digits, e.g. BE123456.")
            .When(r => !string.IsNullOrWhiteSpace(r.Cin));
        RuleFor(r => r.Phone)
            .Must(IdentifierNormalizer.IsValidPhone).WithMessage("Give a phone number such as 0612345678 or +212612345678.")
            .When(r => !string.IsNullOrWhiteSpace(r.Phone));
        RuleFor(r => r.Address).MaximumLength(500);
        RuleFor(r => r.Guardians).Must(list => list!.Count <= 5).WithMessage("At most 5 guardians.").When(r => r.Guardians is not null);
        RuleForEach(r => r.Guardians).SetValidator(new GuardianInputValidator());
        RuleForEach(r => r.Treatments).SetValidator(new TreatmentInputValidator(today));
        RuleForEach(r => r.Consents).SetValidator(new ConsentInputValidator());
        RuleFor(r => r.Consents)
            .Must(list => list!.Select(c => c.Purpose).Distinct(StringComparer.Ordinal).Count() == list!.Count)
            .WithMessage("Each purpose once.")
            .When(r => r.Consents is not null);
        RuleFor(r => r.ReferralId).NotEqual(Guid.Empty);
    }

    private sealed class GeneticFindingInputValidator : AbstractValidator<GeneticFindingInput>
    {
        public GeneticFindingInputValidator()
        {
            RuleFor(g => g.Gene).NotEmpty().Matches(DiagnosisCodes.HgncSymbolPattern).WithMessage("Use the HGNC gene symbol, e.g. BTK.");
            RuleFor(g => g.Variant).NotEmpty().MaximumLength(200).Matches(DiagnosisCodes.HgvsPattern)
                .WithMessage("Describe the variant in HGVS, e.g. c.1631G>A or NM_000061.3:c.1631G>A.");
        }
    }

    /// <summary>One guardian, on registration and when the guardians are replaced.</summary>
    internal sealed class GuardianInputValidator : AbstractValidator<GuardianInput>
    {
        public GuardianInputValidator()
        {
            RuleFor(g => g.Name).NotEmpty().MaximumLength(200);
            RuleFor(g => g.Relation).NotNull().IsInEnum();
            RuleFor(g => g.Phone).Must(IdentifierNormalizer.IsValidPhone).WithMessage("Give a phone number such as 0612345678 or +212612345678.")
                .When(g => !string.IsNullOrWhiteSpace(g.Phone));
        }
    }

    private sealed class TreatmentInputValidator : AbstractValidator<TreatmentInput>
    {
        public TreatmentInputValidator(DateOnly today)
        {
            RuleFor(t => t.Kind).NotNull().IsInEnum();
            RuleFor(t => t.StartedOn).NotNull().Must(date => date <= today).WithMessage("A treatment cannot start in the future.");
            RuleFor(t => t.EndedOn).Must((t, end) => t.StartedOn is null || end >= t.StartedOn).WithMessage("A treatment ends after it starts.")
                .When(t => t.EndedOn is not null);
            RuleFor(t => t.Outcome).MaximumLength(200);
        }
    }

    private sealed class ConsentInputValidator : AbstractValidator<ConsentInput>
    {
        public ConsentInputValidator()
        {
            RuleFor(c => c.Purpose).NotEmpty().Must(purpose => ConsentPurposes.All.Contains(purpose!))
                .WithMessage($"Purpose must be one of: {string.Join(", ", ConsentPurposes.All)}.");
            RuleFor(c => c.Evidence).NotEmpty().WithMessage("Say what the consent rests on (signed form, recorded call…).").MaximumLength(500);
        }
    }
}
