namespace PatientNetwork.Funding.Donors;

/// <summary>
/// A donor as staff read it. <c>contacts</c> is null for a volunteer (<c>contactsHidden</c> true): volunteers may
/// see who gives, never how to reach them.
/// </summary>
public sealed record DonorResponse(
    Guid Id, DonorKind Kind, string Name, bool WishesAnonymity, bool ThankPublicly, string? PublicName, bool ConsentToContact,
    DonorContactResponse? Contacts, bool ContactsHidden, DateTimeOffset CreatedAt)
{
    public static DonorResponse From(Donor donor, DonorContactResponse? contacts) => new(
        donor.Id, donor.Kind, donor.Name, donor.WishesAnonymity, donor.ThankPublicly, donor.PublicName, donor.ConsentToContact,
        contacts, contacts is null, donor.CreatedAt);
}
