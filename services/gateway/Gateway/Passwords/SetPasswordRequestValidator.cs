using FluentValidation;

namespace PatientNetwork.Gateway.Passwords;

public sealed class SetPasswordRequestValidator : AbstractValidator<SetPasswordRequest>
{
    public SetPasswordRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Login).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Code).NotEmpty().MaximumLength(64);
        RuleFor(r => r.NewPassword).NotEmpty().MaximumLength(PasswordPolicy.MaximumLength);
    }
}
