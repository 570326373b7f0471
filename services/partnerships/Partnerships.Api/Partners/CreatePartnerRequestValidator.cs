using FluentValidation;

namespace PatientNetwork.Partnerships.Partners;

public sealed class CreatePartnerRequestValidator : AbstractValidator<CreatePartnerRequest>
{
    public CreatePartnerRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Country).NotEmpty().Matches("^[A-Z]{2}$").WithMessage("Country is an ISO 3166-1 alpha-2 code, such as MA or FR.");
        RuleFor(r => r.RequestsPerMinute).InclusiveBetween(1, 100_000);
    }
}
