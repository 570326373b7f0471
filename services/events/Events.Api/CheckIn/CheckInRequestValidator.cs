using FluentValidation;

namespace PatientNetwork.Events.CheckIn;

public sealed class CheckInRequestValidator : AbstractValidator<CheckInRequest>
{
    public CheckInRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().When(r => r.RegistrationId is null).WithMessage("Scan a code or pick a registration.");
        RuleFor(r => r.Code).MaximumLength(32);
        RuleFor(r => r.Direction).IsInEnum();
    }
}
