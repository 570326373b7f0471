using PatientNetwork.Protection;

namespace PatientNetwork.Events.Registrations;

/// <summary>
/// The one place where a registrant's clear email and phone meet their stored form (AES-256-GCM through the shared
/// <see cref="FieldEncryptor"/>, Events' own key): encrypted on the way in, decrypted for the notification sender and
/// for staff allowed to see personal data. Events never looks a registration up by contact, so there is no blind index.
/// </summary>
public sealed class RegistrantContacts(FieldEncryptor encryptor)
{
    private const string EmailPurpose = "registrant-email";
    private const string PhonePurpose = "registrant-phone";

    public ProtectedContact Protect(string? email, string? phone) => new(
        encryptor.EncryptOrNull(string.IsNullOrWhiteSpace(email) ? null : email.Trim(), EmailPurpose),
        encryptor.EncryptOrNull(string.IsNullOrWhiteSpace(phone) ? null : IdentifierNormalizer.Phone(phone), PhonePurpose));

    public string? EmailOf(Registration registration) => encryptor.DecryptOrNull(registration.EmailCiphertext, EmailPurpose);

    public string? PhoneOf(Registration registration) => encryptor.DecryptOrNull(registration.PhoneCiphertext, PhonePurpose);

    /// <summary>How every value under the current key begins.</summary>
    public string CurrentKeyPrefix => encryptor.CurrentVersionPrefix;

    /// <summary>Brings the registration's contact under the current key; values already current are kept as they are.</summary>
    public void RewrapUnderCurrentKey(Registration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RewrapContact(email => Rewrap(email, EmailPurpose), phone => Rewrap(phone, PhonePurpose));
    }

    private string Rewrap(string ciphertext, string purpose) =>
        encryptor.IsCurrent(ciphertext) ? ciphertext : encryptor.Encrypt(encryptor.Decrypt(ciphertext, purpose), purpose);
}
