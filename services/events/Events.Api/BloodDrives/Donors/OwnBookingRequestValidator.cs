using FluentValidation;

namespace PatientNetwork.Events.BloodDrives.Donors;

public sealed class OwnBookingRequestValidator : AbstractValidator<OwnBookingRequest>
{
    public OwnBookingRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(16);
        RuleFor(r => r.Phone).NotEmpty().MaximumLength(20);
        RuleFor(r => r.SmsCode).MaximumLength(6).Matches("^[0-9]*$").WithMessage("The SMS code is six digits.");
    }
}
