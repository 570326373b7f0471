namespace PatientNetwork.Events.AwarenessEvents;

/// <summary>The whole of an event's details, replacing the current ones (status and programme are changed on their own).</summary>
public sealed record ChangeEventRequest(
    string? Title,
    EventKind? Kind,
    string? City,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    Audience? Audience = null,
    string? Venue = null,
    string? OnlineUrl = null,
    IReadOnlyList<string>? Partners = null,
    EventTexts? Descriptions = null,
    int? Capacity = null,
    int? PeopleInsideCap = null,
    DateTimeOffset? RegistrationOpensAt = null,
    DateTimeOffset? RegistrationClosesAt = null,
    bool? MembersOnly = null,
    IReadOnlyList<string>? Questions = null,
    int? OfferLifetimeSeconds = null) : IEventDetails;
