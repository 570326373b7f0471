using PatientNetwork.Protection;

namespace PatientNetwork.Events.BloodDrives.Donors;

/// <summary>
/// Where a donor's clear phone meets its stored form: encrypted with Events' key (AES-256-GCM, <see cref="FieldEncryptor"/>)
/// and indexed with a keyed HMAC (<see cref="BlindIndex"/>) so a donor is found again by phone without it in clear.
/// Texts to donors and drivers are encrypted too, until the sender sends them.
/// </summary>
public sealed class DonorContacts(FieldEncryptor encryptor, BlindIndex index)
{
    private const string PhonePurpose = "donor-phone";
    private const string TextPurpose = "direct-sms-text";

    public static string Normalise(string phone) => IdentifierNormalizer.Phone(phone);

    public string Encrypt(string phone) => encryptor.Encrypt(Normalise(phone), PhonePurpose);

    public string IndexOf(string phone) => index.Compute(Normalise(phone), PhonePurpose);

    public string? PhoneOf(string? ciphertext) => encryptor.DecryptOrNull(ciphertext, PhonePurpose);

    public string EncryptText(string text) => encryptor.Encrypt(text, TextPurpose);

    public string DecryptText(string ciphertext) => encryptor.Decrypt(ciphertext, TextPurpose);
}
