namespace PatientNetwork.Partnerships.Partners;

/// <summary>
/// An organisation an association works with: a patient organisation, a hospital, an alliance. Each partner belongs
/// to one association, whose admins manage its credentials; its calls are limited per minute, whichever credential
/// they come with.
/// </summary>
public sealed class Partner(string id, string name, PartnerKind kind, string country, string? associationId = null, int requestsPerMinute = Partner.DefaultRequestsPerMinute)
{
    public const int DefaultRequestsPerMinute = 600;

    public string Id { get; private set; } = id;

    public string Name { get; private set; } = name;

    public PartnerKind Kind { get; private set; } = kind;

    public string Country { get; private set; } = country;

    /// <summary>The association the partnership is with; null only for partners listed before associations owned them.</summary>
    public string? AssociationId { get; private set; } = associationId;

    public int RequestsPerMinute { get; private set; } = requestsPerMinute;
}
