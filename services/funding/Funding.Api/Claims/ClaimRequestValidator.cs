using FluentValidation;
using PatientNetwork.Funding.Programmes;

namespace PatientNetwork.Funding.Claims;

public sealed class ClaimRequestValidator : AbstractValidator<ClaimRequest>
{
    public const int MaxLines = 100;
    public const int MaxQuantity = 10_000;
    public const long MaxUnitPriceCentimes = 10_000_000;

    public ClaimRequestValidator(TimeProvider time)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

        RuleFor(r => r.PatientId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.Pharmacy).NotNull().WithMessage("Name the pharmacy.");
        RuleFor(r => r.Pharmacy!.Name).NotEmpty().MaximumLength(200).OverridePropertyName("pharmacy.name").When(r => r.Pharmacy is not null);
        RuleFor(r => r.Pharmacy!.Ice).Matches("^[0-9]{15}$").WithMessage("An ICE is 15 digits.").OverridePropertyName("pharmacy.ice")
            .When(r => !string.IsNullOrWhiteSpace(r.Pharmacy?.Ice));
        RuleFor(r => r.Pharmacy!.City).MaximumLength(100).OverridePropertyName("pharmacy.city").When(r => r.Pharmacy is not null);
        RuleFor(r => r.InvoiceNumber).NotEmpty().MaximumLength(64);
        RuleFor(r => r.InvoiceDate).NotNull()
            .Must(d => d <= today).WithMessage("The invoice date cannot be in the future.")
            .Must(d => d >= new DateOnly(2000, 1, 1)).WithMessage("The invoice date is after 2000-01-01.");
        RuleFor(r => r.PrescriptionReference).MaximumLength(100);
        RuleFor(r => r.Currency).MustBeMad();
        RuleFor(r => r.Lines).NotEmpty().WithMessage("A claim has at least one line.")
            .Must(lines => lines!.Count <= MaxLines).WithMessage($"At most {MaxLines} lines.");
        RuleForEach(r => r.Lines).Cascade(CascadeMode.Continue).NotNull().WithMessage("A line cannot be null.").ChildRules(line =>
        {
            line.RuleLevelCascadeMode = CascadeMode.Stop;
            line.RuleFor(l => l.Medicine).NotEmpty().MaximumLength(200);
            line.RuleFor(l => l.AtcCode).MustBeAtcCode().When(l => !string.IsNullOrWhiteSpace(l.AtcCode));
            line.RuleFor(l => l.Quantity).NotNull().InclusiveBetween(1, MaxQuantity).WithMessage($"A quantity between 1 and {MaxQuantity}.");
            line.RuleFor(l => l.UnitPriceCentimes).NotNull().InclusiveBetween(1, MaxUnitPriceCentimes)
                .WithMessage($"A unit price in whole centimes between 1 and {MaxUnitPriceCentimes}.");
            line.RuleFor(l => l.DispensedOn).NotNull()
                .Must(d => d <= today).WithMessage("A medicine cannot be dispensed in the future.")
                .Must(d => d >= new DateOnly(2000, 1, 1)).WithMessage("Dispensed after 2000-01-01.");
            line.RuleFor(l => l.OtherPayerCentimes).InclusiveBetween(0, MaxUnitPriceCentimes * MaxQuantity)
                .Must((l, other) => l.Quantity is null || l.UnitPriceCentimes is null || other <= l.Quantity * l.UnitPriceCentimes)
                .WithMessage("The other payer cannot have paid more than the line costs.")
                .When(l => l.OtherPayerCentimes is not null);
        });
    }
}
