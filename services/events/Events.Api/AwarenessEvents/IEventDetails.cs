namespace PatientNetwork.Events.AwarenessEvents;

/// <summary>What staff say about an event, when scheduling it and when changing it: one set of rules validates both.</summary>
public interface IEventDetails
{
    string? Title { get; }

    EventKind? Kind { get; }

    string? City { get; }

    DateTimeOffset? StartsAt { get; }

    DateTimeOffset? EndsAt { get; }

    Audience? Audience { get; }

    string? Venue { get; }

    string? OnlineUrl { get; }

    IReadOnlyList<string>? Partners { get; }

    EventTexts? Descriptions { get; }

    int? Capacity { get; }

    int? PeopleInsideCap { get; }

    DateTimeOffset? RegistrationOpensAt { get; }

    DateTimeOffset? RegistrationClosesAt { get; }

    bool? MembersOnly { get; }

    IReadOnlyList<string>? Questions { get; }

    int? OfferLifetimeSeconds { get; }
}
