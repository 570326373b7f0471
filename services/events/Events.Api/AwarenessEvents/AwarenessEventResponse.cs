using PatientNetwork.Events.Programme;

namespace PatientNetwork.Events.AwarenessEvents;

/// <summary>An event as staff see it; <c>city</c> is the city's code in the Registry's list.</summary>
public sealed record AwarenessEventResponse(
    Guid Id,
    string AssociationId,
    string? BranchId,
    string Title,
    EventKind Kind,
    Audience Audience,
    EventStatus Status,
    int Sequence,
    string? City,
    string? Venue,
    string? OnlineUrl,
    IReadOnlyList<string> Partners,
    EventTexts Descriptions,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int? Capacity,
    int? PeopleInsideCap,
    DateTimeOffset? RegistrationOpensAt,
    DateTimeOffset? RegistrationClosesAt,
    bool MembersOnly,
    IReadOnlyList<string> Questions,
    int? OfferLifetimeSeconds,
    Guid? SeriesId,
    DateOnly? OccurrenceDate,
    IReadOnlyList<SessionResponse> Sessions)
{
    public static AwarenessEventResponse From(AwarenessEvent e) => new(
        e.Id, e.AssociationId, e.BranchId, e.Title, e.Kind, e.Audience, e.Status, e.Sequence, e.City, e.Venue, e.OnlineUrl, e.Partners,
        new EventTexts(e.DescriptionAr, e.DescriptionFr, e.DescriptionEn), e.StartsAt, e.EndsAt, e.Capacity, e.PeopleInsideCap,
        e.RegistrationOpensAt, e.RegistrationClosesAt, e.MembersOnly, e.Questions, e.OfferLifetimeSeconds, e.SeriesId, e.OccurrenceDate,
        e.Sessions.OrderBy(s => s.StartsAt).Select(SessionResponse.From).ToList());
}
