using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PatientNetwork.Protection;

namespace PatientNetwork.UnitTests.Registry.Protection;

public sealed class ProtectionConfigurationTests
{
    private static readonly string Short = Convert.ToBase64String(new byte[16]);

    public static TheoryData<string, string?, (string, string)[], string> Misconfigurations => new()
    {
        { "", null, [("v1", ProtectionTestKeys.V1)], "IdentityProtection:CurrentKeyVersion" },
        { "v2", null, [("v1", ProtectionTestKeys.V1)], "IdentityProtection:Keys:v2" },
        { "v1", null, [("v1", Short)], "IdentityProtection:Keys:v1" },
        { "v1", null, [("v1", "")], "IdentityProtection:Keys:v1" },
        { "v1", null, [("v1", "not base64!")], "IdentityProtection:Keys:v1" },
        { "v2", null, [("v1", Short), ("v2", ProtectionTestKeys.V2)], "IdentityProtection:Keys:v1" },
    };

    [Theory]
    [MemberData(nameof(Misconfigurations))]
    public void A_missing_or_malformed_encryption_key_is_refused_with_the_setting_to_fix(
        string current, string? blindIndexKey, (string, string)[] keys, string setting)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new FieldEncryptor(ProtectionTestKeys.Options(current, blindIndexKey, keys)));

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
        Assert.Contains(setting.Replace(":", "__", StringComparison.Ordinal), error.Message, StringComparison.Ordinal);
        Assert.Contains("app host", error.Message, StringComparison.Ordinal);
        Assert.Contains("secret store", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("AAAA")]
    [InlineData("not base64!")]
    public void A_missing_or_malformed_blind_index_key_is_refused_with_the_setting_to_fix(string blindIndexKey)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new BlindIndex(ProtectionTestKeys.Options("v1", blindIndexKey)));

        Assert.Contains("IdentityProtection:BlindIndexKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_blind_index_key_must_not_reuse_an_encryption_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new BlindIndex(ProtectionTestKeys.Options("v1", ProtectionTestKeys.V1)));

        Assert.Contains("IdentityProtection:BlindIndexKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_given_as_environment_style_settings_are_bound_and_usable()
    {
        using var provider = Services(new()
        {
            ["IdentityProtection:Keys:v1"] = ProtectionTestKeys.V1,
            ["IdentityProtection:CurrentKeyVersion"] = "v1",
            ["IdentityProtection:BlindIndexKey"] = ProtectionTestKeys.Index,
        });

        var encryptor = provider.GetRequiredService<FieldEncryptor>();
        Assert.Same(encryptor, provider.GetRequiredService<FieldEncryptor>());
        Assert.Equal("BE123456", encryptor.Decrypt(encryptor.Encrypt("BE123456", "cin"), "cin"));
        Assert.Equal(
            new BlindIndex(ProtectionTestKeys.Options()).Compute("BE123456", "cin"),
            provider.GetRequiredService<BlindIndex>().Compute("BE123456", "cin"));
    }

    [Fact]
    public void Missing_keys_fail_options_validation_so_the_service_does_not_boot()
    {
        using var provider = Services(new() { ["IdentityProtection:CurrentKeyVersion"] = "v1" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<IdentityProtectionOptions>>().Value);

        Assert.Contains("IdentityProtection:Keys:v1", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddIdentityProtection(configuration).BuildServiceProvider();
    }
}
