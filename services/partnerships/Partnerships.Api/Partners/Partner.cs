namespace PatientNetwork.Partnerships.Partners;

/// <summary>An organisation the associations work with: a patient organisation, a hospital, an alliance.</summary>
public sealed class Partner(string id, string name, PartnerKind kind, string country)
{
    public string Id { get; private set; } = id;

    public string Name { get; private set; } = name;

    public PartnerKind Kind { get; private set; } = kind;

    public string Country { get; private set; } = country;
}
