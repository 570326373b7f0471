using FluentValidation;

namespace PatientNetwork.Gateway.TwoFactor;

public sealed class StartEnrollmentRequestValidator : AbstractValidator<StartEnrollmentRequest>
{
    public StartEnrollmentRequestValidator() => RuleFor(r => r.EnrollmentToken).NotEmpty().MaximumLength(100);
}
