namespace PatientNetwork.Funding.Donors;

/// <summary>
/// Someone who gives to an association. Contact details are stored encrypted (see <see cref="DonorContacts"/>)
/// with a keyed blind index of phone and email for de-duplication; the name is kept in clear (it is printed on
/// receipts) with a folded form for the similar-name check.
/// </summary>
public sealed class Donor
{
    private Donor()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public DonorKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The name folded by <see cref="DonorNames.Fold"/>, compared by trigram similarity.</summary>
    public string SearchName { get; private set; } = "";

    public string? PhoneCiphertext { get; private set; }

    public string? PhoneIndex { get; private set; }

    public string? EmailCiphertext { get; private set; }

    public string? EmailIndex { get; private set; }

    public string? AddressCiphertext { get; private set; }

    /// <summary>The donor asked not to be named anywhere outside the treasurer's books.</summary>
    public bool WishesAnonymity { get; private set; }

    /// <summary>The donor asked to be thanked publicly (on the campaign page), under <see cref="PublicName"/>.</summary>
    public bool ThankPublicly { get; private set; }

    public string? PublicName { get; private set; }

    public bool ConsentToContact { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    /// <summary>The name a public thank-you shows, or null when the donor is not to be named publicly.</summary>
    public string? PublicThanksName => ThankPublicly && !WishesAnonymity ? PublicName ?? Name : null;

    public static Donor Create(
        string associationId, DonorKind kind, string name, DonorContactsProtected contacts,
        bool wishesAnonymity, bool thankPublicly, string? publicName, bool consentToContact, string createdBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AssociationId = associationId,
        Kind = kind,
        Name = name,
        SearchName = DonorNames.Fold(name),
        PhoneCiphertext = contacts.PhoneCiphertext,
        PhoneIndex = contacts.PhoneIndex,
        EmailCiphertext = contacts.EmailCiphertext,
        EmailIndex = contacts.EmailIndex,
        AddressCiphertext = contacts.AddressCiphertext,
        WishesAnonymity = wishesAnonymity,
        ThankPublicly = thankPublicly && !wishesAnonymity,
        PublicName = thankPublicly && !wishesAnonymity ? publicName : null,
        ConsentToContact = consentToContact,
        CreatedAt = now,
        CreatedBy = createdBy,
    };
}
