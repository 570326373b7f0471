using Microsoft.Extensions.Options;
using PatientNetwork.Registry.Patients;
using PatientNetwork.Protection;

namespace PatientNetwork.UnitTests.Registry.Protection;

public sealed class KeyRotationTests
{
    private static readonly string KeyV1 = ProtectionKeys.NewKey();
    private static readonly string KeyV2 = ProtectionKeys.NewKey();
    private static readonly string IndexKey = ProtectionKeys.NewKey();

    [Fact]
    public void After_rotation_every_identifier_of_a_patient_is_re_encrypted_under_the_new_key_and_reads_the_same()
    {
        var before = Protector(new() { ["v1"] = KeyV1 }, current: "v1");
        var patient = Patient.Register(Draft(before), "hajar", null, null, "hajar.coordinator", FixedTime.Nov2026.GetUtcNow());
        var after = Protector(new() { ["v1"] = KeyV1, ["v2"] = KeyV2 }, current: "v2");

        var changed = after.RewrapUnderCurrentKey(patient);

        Assert.True(changed);
        Assert.StartsWith("v2:", patient.CinCiphertext, StringComparison.Ordinal);
        Assert.StartsWith("v2:", patient.Guardians[0].PhoneCiphertext, StringComparison.Ordinal);
        Assert.Equal(new IdentifiersResponse("BE123456", "+212612345678", "Derb Sultan, Casablanca"), after.Reveal(patient));
        Assert.Equal("+212698765432", after.RevealPhone(patient.Guardians[0].PhoneCiphertext));
        Assert.False(after.RewrapUnderCurrentKey(patient));
    }

    private static PatientIdentityProtector Protector(Dictionary<string, string> keys, string current)
    {
        var options = Options.Create(new IdentityProtectionOptions { Keys = keys, CurrentKeyVersion = current, BlindIndexKey = IndexKey });
        return new PatientIdentityProtector(new FieldEncryptor(options), new BlindIndex(options));
    }

    private static PatientDraft Draft(PatientIdentityProtector protector) => new(
        "Salma", "Alaoui", new DateOnly(2015, 2, 3), 2015, Sex.Female, VitalStatus.Alive, null, "leukemia", "casablanca-settat", null, null, null,
        MobilityNeed.None, null, null, null,
        protector.Protect("BE 123456", "0612345678", "Derb Sultan, Casablanca"),
        [protector.ProtectGuardian(new GuardianInput("Naima Alaoui", GuardianRelation.Mother, "0698765432"))],
        [], [], [], []);
}
