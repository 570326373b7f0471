using PatientNetwork.Protection;

namespace PatientNetwork.Funding.Donors;

/// <summary>
/// The one place where a donor's clear phone, email and address meet their stored form: AES-256-GCM through the
/// shared <see cref="FieldEncryptor"/> (Funding's own key), and keyed blind indexes of the normalised phone and
/// email, so "is this donor already known" is an exact indexed look-up without the value in clear.
/// </summary>
public sealed class DonorContacts(FieldEncryptor encryptor, BlindIndex blindIndex)
{
    private const string PhonePurpose = "donor-phone";
    private const string EmailPurpose = "donor-email";
    private const string AddressPurpose = "donor-address";

    public static string? NormalizePhone(string? phone) => string.IsNullOrWhiteSpace(phone) ? null : IdentifierNormalizer.Phone(phone);

    public static string? NormalizeEmail(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    public string? PhoneIndexOf(string? phone) => NormalizePhone(phone) is { } p ? blindIndex.Compute(p, PhonePurpose) : null;

    public string? EmailIndexOf(string? email) => NormalizeEmail(email) is { } e ? blindIndex.Compute(e, EmailPurpose) : null;

    public DonorContactsProtected Protect(string? phone, string? email, string? address)
    {
        var normalizedPhone = NormalizePhone(phone);
        var normalizedEmail = NormalizeEmail(email);
        return new DonorContactsProtected(
            encryptor.EncryptOrNull(normalizedPhone, PhonePurpose),
            normalizedPhone is null ? null : blindIndex.Compute(normalizedPhone, PhonePurpose),
            encryptor.EncryptOrNull(normalizedEmail, EmailPurpose),
            normalizedEmail is null ? null : blindIndex.Compute(normalizedEmail, EmailPurpose),
            encryptor.EncryptOrNull(string.IsNullOrWhiteSpace(address) ? null : address.Trim(), AddressPurpose));
    }

    public DonorContactResponse Reveal(Donor donor) => new(
        encryptor.DecryptOrNull(donor.PhoneCiphertext, PhonePurpose),
        encryptor.DecryptOrNull(donor.EmailCiphertext, EmailPurpose),
        encryptor.DecryptOrNull(donor.AddressCiphertext, AddressPurpose));
}
