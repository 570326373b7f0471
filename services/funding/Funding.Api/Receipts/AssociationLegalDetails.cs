namespace PatientNetwork.Funding.Receipts;

/// <summary>
/// What a receipt prints about the association that issues it, from configuration
/// (<c>Receipts:Associations:{associationId}</c>), never from code: names in French and Arabic, address,
/// Moroccan identifiers (ICE, RC, IF) and the authorisation under which it may receive gifts.
/// </summary>
public sealed class AssociationLegalDetails
{
    public string Name { get; set; } = "";

    public string NameArabic { get; set; } = "";

    public string Address { get; set; } = "";

    public string? Ice { get; set; }

    public string? Rc { get; set; }

    public string? If { get; set; }

    public string? Authorisation { get; set; }

    public string? City { get; set; }
}
