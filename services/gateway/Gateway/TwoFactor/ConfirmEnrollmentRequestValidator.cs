using FluentValidation;

namespace PatientNetwork.Gateway.TwoFactor;

public sealed class ConfirmEnrollmentRequestValidator : AbstractValidator<ConfirmEnrollmentRequest>
{
    public ConfirmEnrollmentRequestValidator()
    {
        RuleFor(r => r.EnrollmentToken).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Code).NotEmpty().Matches("^[0-9]{6}$").WithMessage("The code is the 6 digits the authenticator app shows.");
    }
}
