namespace PatientNetwork.Funding.Equipment.DistributionDays;

/// <summary>A day equipment is handed out (the Hajar solidarity day after 3 December): a date, a place, the children it reserves chairs for.</summary>
public sealed class DistributionDay
{
    private DistributionDay()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    public string Place { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public List<DistributionReservation> Reservations { get; private set; } = [];

    public static DistributionDay Plan(string associationId, string name, DateOnly heldOn, string place, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AssociationId = associationId,
        Name = name,
        HeldOn = heldOn,
        Place = place,
        CreatedAt = now,
        CreatedBy = by,
    };
}
