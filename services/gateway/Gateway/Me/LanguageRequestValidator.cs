using FluentValidation;
using PatientNetwork.Gateway.Staff;

namespace PatientNetwork.Gateway.Me;

public sealed class LanguageRequestValidator : AbstractValidator<LanguageRequest>
{
    public LanguageRequestValidator() =>
        RuleFor(r => r.Language).NotEmpty().Must(l => StaffLanguages.All.Contains(l!))
            .WithMessage($"The language is one of: {string.Join(", ", StaffLanguages.All)}.");
}
