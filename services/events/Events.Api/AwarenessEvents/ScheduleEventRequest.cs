namespace PatientNetwork.Events.AwarenessEvents;

/// <summary>
/// A new event. <c>city</c> is a Moroccan city's code or name (left out for an online-only event with
/// <c>onlineUrl</c>); <c>capacity</c> null means unlimited; <c>draft</c> true keeps it off the public calendar
/// until it is published (by default it is published at once); <c>offerLifetimeSeconds</c> is how long a freed
/// place is held for the waitlisted party it is offered to (24 hours unless set).
/// </summary>
public sealed record ScheduleEventRequest(
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
    int? OfferLifetimeSeconds = null,
    bool? Draft = null) : IEventDetails;
