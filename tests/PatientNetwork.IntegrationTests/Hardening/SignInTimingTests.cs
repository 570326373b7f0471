using System.Diagnostics;
using System.Net;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Hardening;

/// <summary>How long a rejected sign-in takes must not tell an attacker whether the login exists.</summary>
[Collection(SystemCollection.Name)]
public sealed class SignInTimingTests(PatientNetworkFixture system)
{
    private const int Samples = 15;

    [Fact]
    public async Task An_unknown_login_takes_as_long_to_refuse_as_a_known_one_with_a_wrong_password()
    {
        const string login = "hajar.coordinator";
        // Signed in through the fixture first, so the fixture's client stays known to this login (see SignInLimitTests).
        (await system.SignInAsync(login)).Dispose();

        using var gateway = system.Anonymous();
        await TimeAsync(gateway, login);
        await TimeAsync(gateway, SignInRequests.UnknownLogin());
        var known = new List<double>();
        var unknown = new List<double>();

        // Interleaved, so a burst of noise on a shared machine falls on both sides alike; each from its own client, so no limit interferes.
        for (var sample = 0; sample < Samples; sample++)
        {
            known.Add(await TimeAsync(gateway, login));
            unknown.Add(await TimeAsync(gateway, SignInRequests.UnknownLogin()));
        }

        var (knownMedian, unknownMedian) = (Median(known), Median(unknown));
        var ratio = Math.Max(knownMedian, unknownMedian) / Math.Min(knownMedian, unknownMedian);
        Assert.True(ratio < 3, $"median known {knownMedian:F1} ms, unknown {unknownMedian:F1} ms: {ratio:F1}×");
    }

    private static async Task<double> TimeAsync(HttpClient gateway, string login)
    {
        var stopwatch = Stopwatch.StartNew();
        using var response = await gateway.SignInAsync(login, "wrong-password", SignInRequests.NewClient());
        stopwatch.Stop();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
