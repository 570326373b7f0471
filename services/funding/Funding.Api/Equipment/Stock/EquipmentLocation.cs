namespace PatientNetwork.Funding.Equipment.Stock;

/// <summary>A place equipment is kept (a store room, a partner's premises), in a region: stock and reports count by it.</summary>
public sealed class EquipmentLocation
{
    private EquipmentLocation()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public static EquipmentLocation Create(string associationId, string name, string regionCode, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AssociationId = associationId,
        Name = name,
        RegionCode = regionCode,
        CreatedAt = now,
    };
}
