using System.Security.Cryptography;
using System.Text;
using PatientNetwork.Protection;

namespace PatientNetwork.UnitTests.Registry.Protection;

public sealed class FieldEncryptorTests
{
    private readonly FieldEncryptor encryptor = new(ProtectionTestKeys.Options());

    [Theory]
    [InlineData("BE123456", "cin")]
    [InlineData("+212612345678", "phone")]
    [InlineData("12, Rue Ibn Battouta, Hay Riad, Rabat", "address")]
    [InlineData("حي الرياض، الرباط", "address")]
    [InlineData("x", "cin")]
    public void A_value_comes_back_unchanged_after_encryption_and_decryption(string value, string purpose) =>
        Assert.Equal(value, encryptor.Decrypt(encryptor.Encrypt(value, purpose), purpose));

    [Fact]
    public void Encrypting_the_same_value_twice_gives_different_ciphertexts_but_the_same_blind_index()
    {
        var index = new BlindIndex(ProtectionTestKeys.Options());

        Assert.NotEqual(encryptor.Encrypt("BE123456", "cin"), encryptor.Encrypt("BE123456", "cin"));
        Assert.Equal(index.Compute("BE123456", "cin"), index.Compute("BE123456", "cin"));
    }

    [Fact]
    public void The_ciphertext_contains_neither_the_plaintext_nor_its_base64()
    {
        const string value = "BE123456";

        var ciphertext = encryptor.Encrypt(value, "cin");

        Assert.DoesNotContain(value, ciphertext, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(value)).TrimEnd('='), ciphertext, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ciphertext_names_the_current_key_version()
    {
        var ciphertext = encryptor.Encrypt("BE123456", "cin");

        Assert.StartsWith("v1:", ciphertext, StringComparison.Ordinal);
        Assert.True(encryptor.IsCurrent(ciphertext));
    }

    [Fact]
    public void Changing_any_single_byte_of_the_ciphertext_makes_decryption_fail()
    {
        var ciphertext = encryptor.Encrypt("BE123456", "cin");
        var payload = Convert.FromBase64String(ciphertext["v1:".Length..]);

        // Every region matters: nonce, encrypted bytes and tag.
        for (var i = 0; i < payload.Length; i++)
        {
            var tampered = (byte[])payload.Clone();
            tampered[i] ^= 0x01;
            Assert.ThrowsAny<CryptographicException>(() => encryptor.Decrypt("v1:" + Convert.ToBase64String(tampered), "cin"));
        }
    }

    [Fact]
    public void A_ciphertext_copied_into_another_column_does_not_decrypt()
    {
        var cin = encryptor.Encrypt("BE123456", "cin");

        Assert.ThrowsAny<CryptographicException>(() => encryptor.Decrypt(cin, "phone"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("no-version-prefix")]
    [InlineData(":AAAA")]
    [InlineData("v1:not base64!")]
    [InlineData("v1:AAAA")]
    public void A_malformed_value_is_refused_as_a_cryptographic_error(string ciphertext) =>
        Assert.ThrowsAny<CryptographicException>(() => encryptor.Decrypt(ciphertext, "cin"));

    [Fact]
    public void A_value_encrypted_with_an_old_key_is_still_readable_after_rotation()
    {
        var written = encryptor.Encrypt("BE123456", "cin");

        var rotated = new FieldEncryptor(ProtectionTestKeys.Options("v2", null, ("v1", ProtectionTestKeys.V1), ("v2", ProtectionTestKeys.V2)));

        Assert.Equal("BE123456", rotated.Decrypt(written, "cin"));
        Assert.False(rotated.IsCurrent(written));
        var rewritten = rotated.Encrypt("BE123456", "cin");
        Assert.StartsWith("v2:", rewritten, StringComparison.Ordinal);
        Assert.True(rotated.IsCurrent(rewritten));
    }

    [Fact]
    public void A_value_written_with_a_key_version_that_is_no_longer_configured_gives_a_clear_error()
    {
        var onlyV2 = new FieldEncryptor(ProtectionTestKeys.Options("v2", null, ("v2", ProtectionTestKeys.V2)));

        var error = Assert.Throws<InvalidOperationException>(() => onlyV2.Decrypt(encryptor.Encrypt("BE123456", "cin"), "cin"));

        Assert.Contains("'v1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("IdentityProtection:Keys:v1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_versions_are_case_insensitive_like_configuration_keys()
    {
        var upper = new FieldEncryptor(ProtectionTestKeys.Options("V1", null, ("v1", ProtectionTestKeys.V1)));

        Assert.Equal("BE123456", upper.Decrypt(encryptor.Encrypt("BE123456", "cin"), "cin"));
    }

    [Fact]
    public void A_value_encrypted_with_another_key_under_the_same_version_does_not_decrypt()
    {
        var impostor = new FieldEncryptor(ProtectionTestKeys.Options("v1", null, ("v1", ProtectionTestKeys.V2)));

        Assert.ThrowsAny<CryptographicException>(() => impostor.Decrypt(encryptor.Encrypt("BE123456", "cin"), "cin"));
    }

    [Fact]
    public void Absent_optional_values_stay_null()
    {
        Assert.Null(encryptor.EncryptOrNull(null, "address"));
        Assert.Null(encryptor.EncryptOrNull("", "address"));
        Assert.Null(encryptor.DecryptOrNull(null, "address"));
        Assert.Null(encryptor.DecryptOrNull("", "address"));
        Assert.Equal("Rabat", encryptor.DecryptOrNull(encryptor.EncryptOrNull("Rabat", "address"), "address"));
    }

    [Fact]
    public void A_generated_key_is_32_random_bytes_that_the_encryptor_accepts()
    {
        var key = ProtectionKeys.NewKey();

        Assert.Equal(32, Convert.FromBase64String(key).Length);
        Assert.NotEqual(key, ProtectionKeys.NewKey());
        var generated = new FieldEncryptor(ProtectionTestKeys.Options("v1", null, ("v1", key)));
        Assert.Equal("BE123456", generated.Decrypt(generated.Encrypt("BE123456", "cin"), "cin"));
    }
}
