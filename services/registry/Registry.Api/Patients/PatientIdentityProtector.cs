using PatientNetwork.Protection;

namespace PatientNetwork.Registry.Patients;

/// <summary>
/// The one place where clear identifiers meet their stored form: encrypts CIN, phones and address
/// on the way in (with keyed hashes for exact look-up), decrypts them on the way out for staff
/// allowed to see them.
/// </summary>
public sealed class PatientIdentityProtector(FieldEncryptor encryptor, BlindIndex blindIndex)
{
    private const string CinPurpose = "cin";
    private const string PhonePurpose = "phone";
    private const string AddressPurpose = "address";
    private const string EmailPurpose = "email";

    public ProtectedIdentity Protect(string? cin, string? phone, string? address)
    {
        var normalizedCin = Blank(cin) ? null : IdentifierNormalizer.Cin(cin!);
        var normalizedPhone = Blank(phone) ? null : IdentifierNormalizer.Phone(phone!);
        return new ProtectedIdentity(
            encryptor.EncryptOrNull(normalizedCin, CinPurpose),
            normalizedCin is null ? null : blindIndex.Compute(normalizedCin, CinPurpose),
            encryptor.EncryptOrNull(normalizedPhone, PhonePurpose),
            PhoneIndexOf(phone),
            encryptor.EncryptOrNull(Blank(address) ? null : address!.Trim(), AddressPurpose));
    }

    public Guardian ProtectGuardian(GuardianInput guardian)
    {
        var phone = Blank(guardian.Phone) ? null : IdentifierNormalizer.Phone(guardian.Phone!);
        return new Guardian(guardian.Name!.Trim(), guardian.Relation!.Value, encryptor.EncryptOrNull(phone, PhonePurpose), PhoneIndexOf(guardian.Phone));
    }

    /// <summary>Patients' and guardians' phones share one index purpose, so a guardian's number finds a sibling's record.</summary>
    public string? PhoneIndexOf(string? phone) =>
        Blank(phone) ? null : blindIndex.Compute(IdentifierNormalizer.Phone(phone!), PhonePurpose);

    public IdentifiersResponse Reveal(Patient patient) => new(
        encryptor.DecryptOrNull(patient.CinCiphertext, CinPurpose),
        encryptor.DecryptOrNull(patient.PhoneCiphertext, PhonePurpose),
        encryptor.DecryptOrNull(patient.AddressCiphertext, AddressPurpose));

    public string? RevealPhone(string? ciphertext) => encryptor.DecryptOrNull(ciphertext, PhonePurpose);

    /// <summary>A contact number on its own (a referred family's), stored as patients' phones are but without an index: nothing looks it up.</summary>
    public string? ProtectPhone(string? phone) => encryptor.EncryptOrNull(Blank(phone) ? null : IdentifierNormalizer.Phone(phone!), PhonePurpose);

    public string? ProtectEmail(string? email) => encryptor.EncryptOrNull(Blank(email) ? null : email!.Trim(), EmailPurpose);

    public string? RevealEmail(string? ciphertext) => encryptor.DecryptOrNull(ciphertext, EmailPurpose);

    public string CurrentKeyPrefix => encryptor.CurrentVersionPrefix;

    /// <summary>Brings every identifier of the patient under the current key; values already current are left as they are.</summary>
    public bool RewrapUnderCurrentKey(Patient patient) =>
        patient.RewrapIdentifiers(cin => Rewrap(cin, CinPurpose), phone => Rewrap(phone, PhonePurpose), address => Rewrap(address, AddressPurpose));

    private string Rewrap(string ciphertext, string purpose) =>
        encryptor.IsCurrent(ciphertext) ? ciphertext : encryptor.Encrypt(encryptor.Decrypt(ciphertext, purpose), purpose);

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
