using FluentValidation;

namespace PatientNetwork.Funding.Programmes;

public sealed class ProgrammeRequestValidator : AbstractValidator<ProgrammeRequest>
{
    public ProgrammeRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.RateBasisPoints).NotNull().InclusiveBetween(1, 10_000).WithMessage("A rate in basis points between 1 and 10000 (8000 = 80 %).");
        RuleFor(r => r.Basis).IsInEnum();
        RuleFor(r => r.ValidFrom).NotNull().Must(d => d >= new DateOnly(2000, 1, 1)).WithMessage("Valid from a day after 2000-01-01.");
        RuleFor(r => r.ValidTo).Must((r, to) => r.ValidFrom is null || to >= r.ValidFrom).WithMessage("Valid to is on or after valid from.").When(r => r.ValidTo is not null);
        RuleFor(r => r.AnnualCapPerPatientCentimes).MustBeAmount().When(r => r.AnnualCapPerPatientCentimes is not null);
        RuleFor(r => r.AnnualCapPerFamilyCentimes).MustBeAmount()
            .Must((r, family) => r.AnnualCapPerPatientCentimes is not { } patient || family >= patient)
            .WithMessage("A family's cap is at least one patient's cap (a family of one could not use its own cap).")
            .When(r => r.AnnualCapPerFamilyCentimes is not null);
        RuleFor(r => r.AnnualBudgetCentimes).MustBeAmount();
        RuleFor(r => r.Currency).MustBeMad();
        RuleFor(r => r.EligibleMedicines).Must(list => list!.Count <= 500).WithMessage("At most 500 medicines.").When(r => r.EligibleMedicines is not null);
        RuleForEach(r => r.EligibleMedicines).Cascade(CascadeMode.Continue).NotNull().WithMessage("A medicine cannot be null.").ChildRules(medicine =>
        {
            medicine.RuleFor(m => m.Name).NotEmpty().MaximumLength(200);
            medicine.RuleFor(m => m.AtcCode).MustBeAtcCode().When(m => m.AtcCode is not null);
            medicine.RuleFor(m => m.ReferenceUnitPriceCentimes).MustBeAmount().When(m => m.ReferenceUnitPriceCentimes is not null);
        });
    }
}
