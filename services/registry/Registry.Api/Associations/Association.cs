namespace PatientNetwork.Registry.Associations;

/// <summary>A patient association: the tenant that owns its patients' records.</summary>
public sealed class Association(string id, string name)
{
    public string Id { get; private set; } = id;

    public string Name { get; private set; } = name;

    public List<Branch> Branches { get; private set; } = [];
}
