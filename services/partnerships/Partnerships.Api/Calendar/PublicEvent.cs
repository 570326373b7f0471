namespace PatientNetwork.Partnerships.Calendar;

/// <summary>An association's event as partners and the public see it on the shared calendar.</summary>
public sealed class PublicEvent
{
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
    };
}
