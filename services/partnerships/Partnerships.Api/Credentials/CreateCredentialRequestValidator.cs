using FluentValidation;
using Microsoft.Extensions.Options;

namespace PatientNetwork.Partnerships.Credentials;

public sealed class CreateCredentialRequestValidator : AbstractValidator<CreateCredentialRequest>
{
    public CreateCredentialRequestValidator(TimeProvider time, IOptions<PartnerTokenOptions> options)
    {
        RuleFor(r => r.Label).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Scopes).NotEmpty().WithMessage("Name at least one scope.");
        RuleForEach(r => r.Scopes).Must(scope => PartnerScopes.All.Contains(scope))
            .WithMessage($"Unknown scope; the scopes are {string.Join(", ", PartnerScopes.All)}.");
        RuleFor(r => r.ExpiresAt).NotNull()
            .Must(at => at > time.GetUtcNow()).WithMessage("The expiry must be in the future.")
            .Must(at => at <= time.GetUtcNow() + options.Value.MaxCredentialLifetime)
            .WithMessage($"A credential lasts at most {options.Value.MaxCredentialLifetime.TotalDays} days; issue a new one before it expires.");
    }
}
