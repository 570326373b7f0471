using OtpNet;

namespace PatientNetwork.IntegrationTests.Infrastructure;

/// <summary>
/// TOTP codes for the tests' sign-ins. The gateway accepts each code once per account (a later step only),
/// within one step of its clock; so every code handed out here is of a step later than the last one handed
/// out for that account, the current one or the next, and when two steps were used already the caller waits
/// for the clock to reach the next. No test can then be refused as a replay, however its sign-ins are timed.
/// </summary>
public static class TwoFactorCodes
{
    private const int StepSeconds = 30;
    private static readonly Dictionary<string, long> LastStep = new(StringComparer.Ordinal);

    /// <summary>The demo logins whose role signs in without a second factor.</summary>
    public static readonly IReadOnlySet<string> DemoLoginsWithoutTwoFactor = new HashSet<string>(StringComparer.Ordinal) { "hajar.volunteer", "amal.volunteer" };

    public static async Task<string> NextAsync(string base32Secret, string account)
    {
        var key = $"{base32Secret}:{account}";
        long step;
        lock (LastStep)
        {
            step = Math.Max(CurrentStep() , LastStep.GetValueOrDefault(key, long.MinValue) + 1);
            LastStep[key] = step;
        }

        // Beyond the next step the gateway would refuse it: wait until the clock makes it the next one.
        while (step > CurrentStep() + 1)
        {
            var nextStepStarts = DateTimeOffset.FromUnixTimeSeconds((CurrentStep() + 1) * StepSeconds);
            await Task.Delay(nextStepStarts - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(50));
        }

        return new Totp(Base32Encoding.ToBytes(base32Secret), StepSeconds).ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * StepSeconds).UtcDateTime);
    }

    /// <summary>A code of a step that is certainly not accepted now (two hours ago).</summary>
    public static string Stale(string base32Secret) =>
        new Totp(Base32Encoding.ToBytes(base32Secret), StepSeconds).ComputeTotp(DateTime.UtcNow.AddHours(-2));

    private static long CurrentStep() => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / StepSeconds;
}
