namespace PatientNetwork.Contracts;

/// <summary>
/// What the public calendar shows of an event, whole, as of <see cref="Sequence"/>: every calendar message carries
/// it, so a follower keeps the snapshot with the highest sequence and ignores older ones arriving late. No
/// personal data: no registrant, no staff member. <see cref="Listed"/> false takes it off the calendar (members
/// only, or back to draft).
/// </summary>
public sealed record PublicEventSnapshot(
    string AssociationId,
    int Sequence,
    bool Listed,
    string Title,
    string Kind,
    string Audience,
    string Status,
    string City,
    string? Venue,
    string? OnlineUrl,
    IReadOnlyList<string> Partners,
    string? DescriptionAr,
    string? DescriptionFr,
    string? DescriptionEn,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int? Capacity,
    Guid? SeriesId,
    DateOnly? OccurrenceDate,
    IReadOnlyList<PublicSessionSnapshot> Sessions);
