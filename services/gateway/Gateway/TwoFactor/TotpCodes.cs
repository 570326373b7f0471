using OtpNet;

namespace PatientNetwork.Gateway.TwoFactor;

/// <summary>
/// RFC 6238 codes: 6 digits, 30-second steps, HMAC-SHA1 (what every authenticator app defaults to). A code
/// of the step before or after the current one is accepted too (a phone's clock a little off, a code typed
/// as it changed); the step matched is returned so the caller can refuse it a second time.
/// </summary>
public static class TotpCodes
{
    public const int StepSeconds = 30;
    public const int Digits = 6;

    /// <summary>The time step of the matching code within ±1 step of <paramref name="now"/>, or null.</summary>
    public static long? Match(byte[] secret, string? code, DateTimeOffset now)
    {
        if (code is not { Length: Digits } || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        var totp = new Totp(secret, StepSeconds, OtpHashMode.Sha1, Digits);
        return totp.VerifyTotp(now.UtcDateTime, code, out var step, new VerificationWindow(previous: 1, future: 1)) ? step : null;
    }

    /// <summary>A code is accepted once: only a step later than the last one accepted for the account.</summary>
    public static bool IsReplay(long matchedStep, long? lastAcceptedStep) => lastAcceptedStep is { } last && matchedStep <= last;

    public static string Compute(byte[] secret, DateTimeOffset at) =>
        new Totp(secret, StepSeconds, OtpHashMode.Sha1, Digits).ComputeTotp(at.UtcDateTime);

    public static byte[] NewSecret() => KeyGeneration.GenerateRandomKey(20);

    public static string ToBase32(byte[] secret) => Base32Encoding.ToString(secret).TrimEnd('=');

    public static byte[] FromBase32(string secret) => Base32Encoding.ToBytes(secret.Trim().TrimEnd('=').ToUpperInvariant());
}
