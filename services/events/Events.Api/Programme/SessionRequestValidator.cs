using FluentValidation;
using PatientNetwork.Events.AwarenessEvents;

namespace PatientNetwork.Events.Programme;

/// <summary>A session's own rules; that it lies inside its event is checked against the event (a 400 on <c>startsAt</c>).</summary>
public sealed class SessionRequestValidator : AbstractValidator<SessionRequest>
{
    public const string OutsideEventMessage = "A session takes place within its event's times.";

    public SessionRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Title).NotEmpty().MinimumLength(2).MaximumLength(200);
        RuleFor(r => r.StartsAt).NotNull();
        RuleFor(r => r.EndsAt).NotNull()
            .Must((request, end) => request.StartsAt is null || end > request.StartsAt).WithMessage("A session ends after it starts.");
        RuleFor(r => r.Room).MaximumLength(100);
        RuleFor(r => r.Capacity).InclusiveBetween(1, EventDetailsValidator<ScheduleEventRequest>.MaxCapacity);
        RuleFor(r => r.Speakers).Must(s => s!.Count <= 20).WithMessage("At most 20 speakers.").When(r => r.Speakers is not null);
        RuleForEach(r => r.Speakers).ChildRules(speaker =>
        {
            speaker.RuleFor(s => s.Name).NotEmpty().MaximumLength(200);
            speaker.RuleFor(s => s.Role).NotEmpty().MaximumLength(300);
        });
    }
}
