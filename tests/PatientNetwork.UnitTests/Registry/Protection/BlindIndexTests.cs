using PatientNetwork.Protection;

namespace PatientNetwork.UnitTests.Registry.Protection;

public sealed class BlindIndexTests
{
    private readonly BlindIndex index = new(ProtectionTestKeys.Options());

    [Fact]
    public void The_index_is_64_lowercase_hex_characters_and_does_not_reveal_the_value()
    {
        var value = index.Compute("BE123456", "cin");

        Assert.Matches("^[0-9a-f]{64}$", value);
        Assert.DoesNotContain("123456", value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_value_in_two_fields_gives_different_indexes() =>
        Assert.NotEqual(index.Compute("0612345678", "cin"), index.Compute("0612345678", "phone"));

    [Fact]
    public void Another_blind_index_key_gives_a_different_index() =>
        Assert.NotEqual(
            index.Compute("BE123456", "cin"),
            new BlindIndex(ProtectionTestKeys.Options("v1", ProtectionTestKeys.OtherIndex)).Compute("BE123456", "cin"));

    [Fact]
    public void Rotating_the_encryption_key_does_not_change_the_index() =>
        Assert.Equal(
            index.Compute("BE123456", "cin"),
            new BlindIndex(ProtectionTestKeys.Options("v2", null, ("v1", ProtectionTestKeys.V1), ("v2", ProtectionTestKeys.V2))).Compute("BE123456", "cin"));

    [Fact]
    public void Differently_written_identifiers_match_once_normalised() =>
        Assert.Equal(
            index.Compute(IdentifierNormalizer.Cin(" be-123456 "), "cin"),
            index.Compute(IdentifierNormalizer.Cin("BE 123456"), "cin"));

    [Fact]
    public void An_empty_value_is_refused_rather_than_indexed() =>
        Assert.Throws<ArgumentException>(() => index.Compute("", "cin"));
}
