using FluentValidation;

namespace PatientNetwork.Events.AwarenessEvents;

public sealed class MoveOnlineValidator : AbstractValidator<MoveOnlineRequest>
{
    public MoveOnlineValidator()
    {
        RuleFor(r => r.OnlineUrl).NotEmpty().MaximumLength(500)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
            .WithMessage("The online link is an absolute https address.");
    }
}

public sealed class RescheduleValidator : AbstractValidator<RescheduleRequest>
{
    public RescheduleValidator(TimeProvider time)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.StartsAt).NotNull().Must(start => start > time.GetUtcNow()).WithMessage("An event is scheduled in the future.");
        RuleFor(r => r.EndsAt).NotNull()
            .Must((request, end) => request.StartsAt is null || end > request.StartsAt).WithMessage("An event ends after it starts.")
            .Must((request, end) => request.StartsAt is null || end - request.StartsAt <= TimeSpan.FromDays(31)).WithMessage("An event lasts at most 31 days.");
    }
}
