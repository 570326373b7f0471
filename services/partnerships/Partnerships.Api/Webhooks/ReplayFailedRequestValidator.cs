using FluentValidation;

namespace PatientNetwork.Partnerships.Webhooks;

public sealed class ReplayFailedRequestValidator : AbstractValidator<ReplayFailedRequest>
{
    public ReplayFailedRequestValidator(TimeProvider time)
    {
        RuleFor(r => r.Since).NotNull().Must(since => since <= time.GetUtcNow()).WithMessage("'since' is a time in the past.");
    }
}
