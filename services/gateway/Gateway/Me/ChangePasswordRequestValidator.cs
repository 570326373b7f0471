using FluentValidation;
using PatientNetwork.Gateway.Passwords;

namespace PatientNetwork.Gateway.Me;

public sealed class ChangePasswordRequestValidator : AbstractValidator<ChangePasswordRequest>
{
    public ChangePasswordRequestValidator()
    {
        RuleFor(r => r.CurrentPassword).NotEmpty().MaximumLength(PasswordPolicy.MaximumLength);
        RuleFor(r => r.NewPassword).NotEmpty().MaximumLength(PasswordPolicy.MaximumLength);
    }
}
