using OtpNet;
using PatientNetwork.Gateway.TwoFactor;

namespace PatientNetwork.UnitTests.Gateway;

public sealed class TotpCodesTests
{
    private static readonly byte[] Secret = Base32Encoding.ToBytes("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 8, 0, 10, TimeSpan.Zero);
    private static readonly long CurrentStep = Now.ToUnixTimeSeconds() / 30;

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public void A_code_of_this_step_or_the_one_before_or_after_matches_with_its_step(int offset) =>
        Assert.Equal(CurrentStep + offset, TotpCodes.Match(Secret, TotpCodes.Compute(Secret, Now.AddSeconds(30 * offset)), Now));

    [Theory]
    [InlineData(-2)]
    [InlineData(2)]
    [InlineData(-120)]
    public void A_code_two_steps_or_more_away_does_not_match(int offset) =>
        Assert.Null(TotpCodes.Match(Secret, TotpCodes.Compute(Secret, Now.AddSeconds(30 * offset)), Now));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12 456")]
    [InlineData("١٢٣٤٥٦")]
    public void Anything_but_six_ASCII_digits_does_not_match(string? code) =>
        Assert.Null(TotpCodes.Match(Secret, code, Now));

    [Fact]
    public void The_codes_are_RFC_6238_s_test_vector_at_59_seconds()
    {
        // RFC 6238 appendix B, SHA-1, key "12345678901234567890", T = 59 s: 94287082 (8 digits), so 287082 in 6.
        var rfcKey = "12345678901234567890"u8.ToArray();
        Assert.Equal("287082", TotpCodes.Compute(rfcKey, DateTimeOffset.FromUnixTimeSeconds(59)));
    }

    [Fact]
    public void A_step_is_a_replay_when_it_is_not_later_than_the_last_accepted_one()
    {
        Assert.False(TotpCodes.IsReplay(CurrentStep, null));
        Assert.False(TotpCodes.IsReplay(CurrentStep, CurrentStep - 1));
        Assert.True(TotpCodes.IsReplay(CurrentStep, CurrentStep));
        Assert.True(TotpCodes.IsReplay(CurrentStep - 1, CurrentStep));
    }

    [Fact]
    public void A_base32_secret_survives_the_round_trip_without_padding()
    {
        var secret = TotpCodes.NewSecret();
        var text = TotpCodes.ToBase32(secret);

        Assert.DoesNotContain('=', text);
        Assert.Equal(secret, TotpCodes.FromBase32(text.ToLowerInvariant()));
    }
}
