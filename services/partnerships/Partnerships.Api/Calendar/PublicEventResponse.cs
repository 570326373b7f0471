using PatientNetwork.Contracts;

namespace PatientNetwork.Partnerships.Calendar;

/// <summary>
/// A public event with its programme. <c>city</c> is the city's code in the Registry's list (empty for an online-only
/// event); <c>status</c> is published, moved-online, postponed or cancelled; <c>sequence</c> grows with every change.
/// A blood drive lists its slots not yet started with their free places (<c>slots</c>, empty for other events).
/// </summary>
public sealed record PublicEventResponse(
    Guid Id,
    string AssociationId,
    string Title,
    string Kind,
    string City,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Status,
    string Audience,
    string? Venue,
    string? OnlineUrl,
    IReadOnlyList<string> Partners,
    PublicDescriptions Descriptions,
    int Sequence,
    Guid? SeriesId,
    IReadOnlyList<PublicSessionSnapshot> Programme,
    IReadOnlyList<PublicDriveSlotResponse> Slots)
{
    public static PublicEventResponse From(PublicEvent e, IReadOnlyList<PublicDriveSlotResponse> slots) => new(
        e.Id, e.AssociationId, e.Title, e.Kind, e.City, e.StartsAt, e.EndsAt, e.Status, e.Audience, e.Venue, e.OnlineUrl, e.Partners,
        new PublicDescriptions(e.DescriptionAr, e.DescriptionFr, e.DescriptionEn), e.Sequence, e.SeriesId, e.ReadProgramme(), slots);
}
