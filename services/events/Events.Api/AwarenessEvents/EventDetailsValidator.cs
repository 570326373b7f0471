using FluentValidation;
using PatientNetwork.Events.Places;

namespace PatientNetwork.Events.AwarenessEvents;

/// <summary>The rules of an event's details, shared by scheduling and changing.</summary>
public abstract class EventDetailsValidator<T> : AbstractValidator<T> where T : IEventDetails
{
    public const int MaxCapacity = 100_000;

    protected EventDetailsValidator(TimeProvider time, EventCities cities)
    {
        // Stop at a rule's first failure: later checks of a field assume the earlier ones held.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Title).NotEmpty().MinimumLength(3).MaximumLength(200);
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Audience).IsInEnum();
        RuleFor(r => r.City).NotEmpty().When(r => string.IsNullOrEmpty(r.OnlineUrl))
            .WithMessage("An event takes place in a city, or online with an onlineUrl.");
        RuleFor(r => r.City).MaximumLength(100).Must(city => cities.CodeOf(city) is not null).WithMessage(EventCities.Message)
            .When(r => !string.IsNullOrEmpty(r.City));
        RuleFor(r => r.Venue).MaximumLength(200);
        RuleFor(r => r.OnlineUrl).MaximumLength(500)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
            .WithMessage("The online link is an absolute https address.")
            .When(r => !string.IsNullOrEmpty(r.OnlineUrl));
        RuleFor(r => r.Partners).Must(p => p!.Count <= 20).WithMessage("At most 20 partners.").When(r => r.Partners is not null);
        RuleForEach(r => r.Partners).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Descriptions!.Ar).MaximumLength(4000).When(r => r.Descriptions is not null);
        RuleFor(r => r.Descriptions!.Fr).MaximumLength(4000).When(r => r.Descriptions is not null);
        RuleFor(r => r.Descriptions!.En).MaximumLength(4000).When(r => r.Descriptions is not null);
        RuleFor(r => r.Capacity).InclusiveBetween(1, MaxCapacity);
        RuleFor(r => r.PeopleInsideCap).InclusiveBetween(1, MaxCapacity);
        RuleFor(r => r.Questions).Must(q => q!.Count <= 20).WithMessage("At most 20 questions.").When(r => r.Questions is not null);
        RuleForEach(r => r.Questions).NotEmpty().MaximumLength(300);
        RuleFor(r => r.OfferLifetimeSeconds).InclusiveBetween(10, 30 * 24 * 3600);
        RuleFor(r => r.StartsAt).NotNull()
            .Must(start => start > time.GetUtcNow()).WithMessage("An event is scheduled in the future.");
        RuleFor(r => r.EndsAt).NotNull()
            .Must((request, end) => request.StartsAt is null || end > request.StartsAt).WithMessage("An event ends after it starts.")
            .Must((request, end) => request.StartsAt is null || end - request.StartsAt <= TimeSpan.FromDays(31)).WithMessage("An event lasts at most 31 days.");
        RuleFor(r => r.RegistrationClosesAt)
            .Must((request, closes) => request.RegistrationOpensAt is null || closes > request.RegistrationOpensAt)
            .WithMessage("Registration closes after it opens.")
            .Must((request, closes) => request.EndsAt is null || closes <= request.EndsAt)
            .WithMessage("Registration closes by the end of the event.")
            .When(r => r.RegistrationClosesAt is not null);
        RuleFor(r => r.RegistrationOpensAt)
            .Must((request, opens) => request.EndsAt is null || opens < request.EndsAt).WithMessage("Registration opens before the event ends.")
            .When(r => r.RegistrationOpensAt is not null);
    }
}
