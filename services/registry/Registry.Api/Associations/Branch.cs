namespace PatientNetwork.Registry.Associations;

/// <summary>A regional branch of an association (AMAL Casablanca-Settat); branch staff see only its patients.</summary>
public sealed class Branch(string id, string associationId, string name, string regionCode)
{
    public string Id { get; private set; } = id;

    public string AssociationId { get; private set; } = associationId;

    public string Name { get; private set; } = name;

    public string RegionCode { get; private set; } = regionCode;
}
