using System.Text.Json;
using PatientNetwork.Contracts;

namespace PatientNetwork.Partnerships.Calendar;

/// <summary>
/// An association's event as partners and the public see it on the shared calendar: the snapshot of the newest
/// message Events sent about it (<see cref="Sequence"/>); an older message arriving late changes nothing.
/// </summary>
public sealed class PublicEvent
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private PublicEvent()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Kind { get; private set; } = "";

    public string City { get; private set; } = "";

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    /// <summary>The iCalendar SEQUENCE: Events bumps it on every change.</summary>
    public int Sequence { get; private set; }

    /// <summary>False when Events took it off the calendar (members only, or back to draft).</summary>
    public bool Listed { get; private set; } = true;

    public string Status { get; private set; } = "published";

    public string Audience { get; private set; } = "public";

    public string? Venue { get; private set; }

    public string? OnlineUrl { get; private set; }

    public List<string> Partners { get; private set; } = [];

    public string? DescriptionAr { get; private set; }

    public string? DescriptionFr { get; private set; }

    public string? DescriptionEn { get; private set; }

    public Guid? SeriesId { get; private set; }

    public DateOnly? OccurrenceDate { get; private set; }

    /// <summary>The programme as JSON (<see cref="PublicSessionSnapshot"/>s): read whole, never queried.</summary>
    public string Sessions { get; private set; } = "[]";

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<PublicSessionSnapshot> ReadProgramme() => JsonSerializer.Deserialize<List<PublicSessionSnapshot>>(Sessions, Json) ?? [];

    public static PublicEvent Publish(Guid id, string associationId, string title, string kind, string city, DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset now) => new()
    {
        Id = id,
        AssociationId = associationId,
        Title = title,
        Kind = kind,
        City = city,
        StartsAt = startsAt,
        EndsAt = endsAt,
        PublishedAt = now,
        UpdatedAt = now,
    };

    public static PublicEvent From(Guid id, PublicEventSnapshot snapshot, DateTimeOffset now)
    {
        var created = new PublicEvent { Id = id, PublishedAt = now, Sequence = -1 };
        created.Follow(snapshot, now);
        return created;
    }

    /// <summary>Takes the snapshot when it is newer than what the calendar shows; false when it is not (a late or repeated message).</summary>
    public bool Follow(PublicEventSnapshot snapshot, DateTimeOffset now)
    {
        if (snapshot.Sequence <= Sequence)
        {
            return false;
        }

        AssociationId = snapshot.AssociationId;
        Sequence = snapshot.Sequence;
        Listed = snapshot.Listed;
        Title = snapshot.Title;
        Kind = snapshot.Kind;
        Audience = snapshot.Audience;
        Status = snapshot.Status;
        City = snapshot.City;
        Venue = snapshot.Venue;
        OnlineUrl = snapshot.OnlineUrl;
        Partners = [.. snapshot.Partners];
        DescriptionAr = snapshot.DescriptionAr;
        DescriptionFr = snapshot.DescriptionFr;
        DescriptionEn = snapshot.DescriptionEn;
        StartsAt = snapshot.StartsAt;
        EndsAt = snapshot.EndsAt;
        SeriesId = snapshot.SeriesId;
        OccurrenceDate = snapshot.OccurrenceDate;
        Sessions = JsonSerializer.Serialize(snapshot.Sessions, Json);
        UpdatedAt = now;
        return true;
    }
}
