using Microsoft.Extensions.Options;
using PatientNetwork.Events.Registrations;
using PatientNetwork.Protection;

namespace PatientNetwork.UnitTests.Events;

public sealed class RegistrantContactsTests
{
    private static readonly string KeyV1 = ProtectionKeys.NewKey();
    private static readonly string KeyV2 = ProtectionKeys.NewKey();

    [Fact]
    public void Email_and_phone_are_stored_encrypted_and_the_phone_in_E164()
    {
        var contacts = Contacts("v1", ("v1", KeyV1));

        var stored = contacts.Protect(" famille@example.org ", "06 12 34 56 78");
        var registration = Take(stored);

        Assert.StartsWith("v1:", stored.EmailCiphertext, StringComparison.Ordinal);
        Assert.DoesNotContain("famille", stored.EmailCiphertext!, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678", stored.PhoneCiphertext!, StringComparison.Ordinal);
        Assert.Equal("famille@example.org", contacts.EmailOf(registration));
        Assert.Equal("+212612345678", contacts.PhoneOf(registration));
    }

    [Fact]
    public void A_contact_given_without_email_or_phone_stores_nothing_for_it()
    {
        var stored = Contacts("v1", ("v1", KeyV1)).Protect(null, " ");

        Assert.Null(stored.EmailCiphertext);
        Assert.Null(stored.PhoneCiphertext);
    }

    [Fact]
    public void After_a_key_rotation_old_contacts_stay_readable_and_are_rewrapped_under_the_new_key()
    {
        var before = Contacts("v1", ("v1", KeyV1));
        var registration = Take(before.Protect("famille@example.org", "+212612345678"));
        var after = Contacts("v2", ("v1", KeyV1), ("v2", KeyV2));

        Assert.Equal("famille@example.org", after.EmailOf(registration));
        after.RewrapUnderCurrentKey(registration);

        Assert.StartsWith("v2:", registration.EmailCiphertext, StringComparison.Ordinal);
        Assert.StartsWith("v2:", registration.PhoneCiphertext, StringComparison.Ordinal);
        Assert.Equal("+212612345678", Contacts("v2", ("v2", KeyV2)).PhoneOf(registration));
    }

    private static Registration Take(ProtectedContact contact) =>
        Registration.Take(Guid.NewGuid(), new RegistrationRequest("Famille Alaoui"), contact, RegistrationChannel.Staff, "staff", placeFree: true, "ABCDEFGHJKLM", FixedTime.Nov2026.GetUtcNow());

    private static RegistrantContacts Contacts(string current, params (string Version, string Key)[] keys)
    {
        var options = new IdentityProtectionOptions { CurrentKeyVersion = current };
        foreach (var (version, key) in keys)
        {
            options.Keys[version] = key;
        }

        return new RegistrantContacts(new FieldEncryptor(Options.Create(options)));
    }
}
