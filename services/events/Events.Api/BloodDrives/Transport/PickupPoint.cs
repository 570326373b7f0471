namespace PatientNetwork.Events.BloodDrives.Transport;

/// <summary>A place in a city where donors board (a square, a pharmacy, a branch's office).</summary>
public sealed class PickupPoint
{
    private PickupPoint()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string City { get; private set; } = "";

    public string Name { get; private set; } = "";

    public static PickupPoint Add(string associationId, string city, string name, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AssociationId = associationId,
        City = city,
        Name = name.Trim(),
    };
}
