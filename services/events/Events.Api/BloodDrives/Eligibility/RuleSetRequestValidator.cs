using FluentValidation;

namespace PatientNetwork.Events.BloodDrives.Eligibility;

public sealed class RuleSetRequestValidator : AbstractValidator<RuleSetRequest>
{
    public RuleSetRequestValidator()
    {
        RuleFor(r => r.TransfusionCentre).NotEmpty().MaximumLength(200);
        RuleFor(r => r.MinAge).NotNull().InclusiveBetween(16, 70);
        RuleFor(r => r.MaxAge).NotNull().InclusiveBetween(18, 80).GreaterThanOrEqualTo(r => r.MinAge ?? 0);
        RuleFor(r => r.MinWeightKg).NotNull().InclusiveBetween(30, 100);
        RuleFor(r => r.MinDaysBetweenDonations).NotNull().InclusiveBetween(7, 365);
        RuleFor(r => r.MaxPerYearMen).NotNull().InclusiveBetween(1, 12);
        RuleFor(r => r.MaxPerYearWomen).NotNull().InclusiveBetween(1, 12);
        RuleFor(r => r.Source).NotEmpty().MaximumLength(500);
    }
}
