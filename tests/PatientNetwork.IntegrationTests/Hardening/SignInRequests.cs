using System.Net.Http.Json;

namespace PatientNetwork.IntegrationTests.Hardening;

/// <summary>
/// Sign-in attempts as they reach the gateway from distinct clients. The fixture lists loopback as a
/// trusted proxy, so the test plays the load balancer and names each client in X-Forwarded-For.
/// </summary>
public static class SignInRequests
{
    // TEST-NET-style benchmark range 198.18.0.0/15, from a random start so reruns within one window rarely meet.
    private static int nextClient = Random.Shared.Next(0, 60_000);

    /// <summary>An address no other test uses in this run.</summary>
    public static string NewClient()
    {
        var n = Interlocked.Increment(ref nextClient) % 131_072;
        return $"198.{18 + (n >> 16)}.{(n >> 8) & 0xFF}.{n & 0xFF}";
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient gateway, string login, string password, string client, string? code = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/auth/token") { Content = JsonContent.Create(new { login, password, code }) };
        request.Headers.Add("X-Forwarded-For", client);
        return await gateway.SendAsync(request);
    }

    public static string UnknownLogin() => $"nobody-{Guid.NewGuid():N}";
}
