using FluentValidation;

namespace PatientNetwork.Events.AwarenessEvents;

public sealed class ScheduleEventValidator : AbstractValidator<ScheduleEventRequest>
{
    public ScheduleEventValidator(TimeProvider time)
    {
        // Stop at a rule's first failure: later checks of a field assume the earlier ones held.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Title).NotEmpty().MinimumLength(3).MaximumLength(200);
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.City).NotEmpty().MaximumLength(100);
        RuleFor(r => r.StartsAt).NotNull()
            .Must(start => start > time.GetUtcNow()).WithMessage("An event is scheduled in the future.");
        RuleFor(r => r.EndsAt).NotNull()
            .Must((request, end) => request.StartsAt is null || end > request.StartsAt).WithMessage("An event ends after it starts.");
    }
}
