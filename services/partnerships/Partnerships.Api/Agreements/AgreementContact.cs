using System.Text.Json;
using PatientNetwork.Protection;

namespace PatientNetwork.Partnerships.Agreements;

/// <summary>A person to reach at the partner about the agreement: stored encrypted, shown to admins and coordinators only, never logged.</summary>
public sealed record AgreementContact(string Name, string Role, string? Email, string? Phone)
{
    public const string Purpose = "agreement-contacts";

    public static string Protect(IEnumerable<AgreementContact> contacts, FieldEncryptor encryptor) =>
        encryptor.Encrypt(JsonSerializer.Serialize(contacts.ToList()), Purpose);

    public static List<AgreementContact> Read(string protectedContacts, FieldEncryptor encryptor) =>
        JsonSerializer.Deserialize<List<AgreementContact>>(encryptor.Decrypt(protectedContacts, Purpose))!;
}
