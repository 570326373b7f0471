namespace PatientNetwork.Funding.Equipment.Stock;

/// <summary>A kind of equipment the association hands out ("Fauteuil roulant adapté") and the sizes it comes in (S, M, L).</summary>
public sealed class EquipmentType
{
    private EquipmentType()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public List<string> Sizes { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public static EquipmentType Create(string associationId, string name, IEnumerable<string> sizes, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AssociationId = associationId,
        Name = name,
        Sizes = sizes.Distinct(StringComparer.Ordinal).ToList(),
        CreatedAt = now,
    };
}
