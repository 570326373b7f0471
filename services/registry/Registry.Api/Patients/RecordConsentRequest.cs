using FluentValidation;
using PatientNetwork.Contracts;

namespace PatientNetwork.Registry.Patients;

public sealed record RecordConsentRequest(string? Purpose, bool? Given, string? Evidence);

public sealed class RecordConsentRequestValidator : AbstractValidator<RecordConsentRequest>
{
    public RecordConsentRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Purpose).NotEmpty().Must(purpose => ConsentPurposes.All.Contains(purpose!))
            .WithMessage($"Purpose must be one of: {string.Join(", ", ConsentPurposes.All)}.");
        RuleFor(r => r.Given).NotNull().WithMessage("Say whether consent is given (true) or withdrawn (false).");
        RuleFor(r => r.Evidence).NotEmpty().WithMessage("Say what the decision rests on (signed form, recorded call…).").MaximumLength(500);
    }
}
