using FluentValidation;

namespace PatientNetwork.Events.Registrations;

public sealed partial class RegistrationRequestValidator : AbstractValidator<RegistrationRequest>
{
    private static readonly string[] Languages = ["ar", "fr", "en"];

    public RegistrationRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Name).NotEmpty().MinimumLength(2).MaximumLength(200);
        RuleFor(r => r.Email).MaximumLength(254).EmailAddress().When(r => !string.IsNullOrEmpty(r.Email));
        RuleFor(r => r.Phone).MaximumLength(20).Matches(PhonePattern()).WithMessage("A phone number of digits, spaces and dashes, optionally with a leading +.")
            .When(r => !string.IsNullOrEmpty(r.Phone));
        RuleFor(r => r.Language).Must(l => Languages.Contains(l)).WithMessage("The language is ar, fr or en.").When(r => r.Language is not null);
        RuleFor(r => r.Adults).InclusiveBetween(1, Registration.MaxPartySize);
        RuleFor(r => r.Children).InclusiveBetween(0, Registration.MaxPartySize);
        RuleFor(r => r.Children).Must((r, children) => (r.Adults ?? 1) + (children ?? 0) <= Registration.MaxPartySize)
            .WithMessage($"A party is at most {Registration.MaxPartySize} people.");
        RuleFor(r => r.SessionIds).Must(s => s!.Count <= 20).WithMessage("At most 20 sessions.").When(r => r.SessionIds is not null);
        RuleFor(r => r.Answers).Must(a => a!.Count <= 20).WithMessage("At most 20 answers.").When(r => r.Answers is not null);
        RuleForEach(r => r.Answers).NotNull().MaximumLength(1000);
        RuleFor(r => r.AccessibilityNeeds).MaximumLength(1000);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\+?[0-9][0-9 \-]{5,18}$")]
    private static partial System.Text.RegularExpressions.Regex PhonePattern();
}
