using FluentValidation;

namespace PatientNetwork.Gateway.Auth;

public sealed class TokenRequestValidator : AbstractValidator<TokenRequest>
{
    public TokenRequestValidator()
    {
        // Stop at a rule's first failure: later checks of a field assume the earlier ones held.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Login).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Password).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Code).MaximumLength(16);
    }
}
