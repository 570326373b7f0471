using System.Net;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Hardening;

/// <summary>
/// Password guessing at <c>POST /auth/token</c> under the gateway's default limits (per window of one
/// minute): 10 failed attempts per login from one client, 30 from one client across logins, and 20 per
/// login from clients where it never signed in. Each test attacks its own demo login, which it first
/// signs in through the fixture: the fixture's client is then one the login knows, so the rest of the
/// suite keeps signing in. Guesses are sent together, as an attacker would, and the test goes on as
/// soon as the expected refusals arrived: every guess has been counted by then, long before the
/// slow password checks of the others end, so the test stays inside one window.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class SignInLimitTests(PatientNetworkFixture system)
{
    private const int PerLoginAndClient = 10;
    private const int PerClient = 30;
    private const int PerLoginFromUnknownClients = 20;
    private static readonly TimeSpan CountingTime = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Concurrent_wrong_passwords_for_one_login_are_checked_no_more_often_than_the_limit()
    {
        const string login = "hajar.volunteer";
        await KeepFixtureSignedInAsync(login);
        await RateLimitWindow.EnsureLeftAsync(CountingTime);
        using var gateway = system.Anonymous();
        var attacker = SignInRequests.NewClient();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => StatusAsync(gateway, login, "wrong-password", attacker)));

        Assert.Equal(PerLoginAndClient, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(30 - PerLoginAndClient, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task One_client_guessing_across_many_logins_is_limited()
    {
        await RateLimitWindow.EnsureLeftAsync(CountingTime);
        using var gateway = system.Anonymous();
        var attacker = SignInRequests.NewClient();

        var statuses = await Task.WhenAll(Enumerable.Range(0, PerClient + 10)
            .Select(_ => StatusAsync(gateway, SignInRequests.UnknownLogin(), "wrong-password", attacker)));

        Assert.Equal(PerClient, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task The_owner_signs_in_from_another_client_while_a_guessing_client_is_blocked()
    {
        const string login = "hajar.doctor";
        await KeepFixtureSignedInAsync(login);
        await RateLimitWindow.EnsureLeftAsync(CountingTime);
        using var gateway = system.Anonymous();
        var attacker = SignInRequests.NewClient();

        var guesses = Enumerable.Range(0, PerLoginAndClient + 1).Select(n => StatusAsync(gateway, login, $"guess-{n}", attacker)).ToList();
        await WhenRefusedAsync(guesses, 1);

        // A blocked client cannot confirm a guess, not even the right one (without a code: it would answer 401 two-factor if it were checked).
        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync(gateway, login, system.Secrets.DemoStaffPassword, attacker));
        Assert.Equal(HttpStatusCode.OK, await RightPasswordAsync(gateway, login, SignInRequests.NewClient()));
        Assert.Equal(PerLoginAndClient, (await Task.WhenAll(guesses)).Count(s => s == HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task A_login_guessed_from_many_clients_stays_open_where_its_owner_signed_in_before()
    {
        const string login = "amal.marrakech";
        await KeepFixtureSignedInAsync(login);
        using var gateway = system.Anonymous();
        var owner = SignInRequests.NewClient();
        Assert.Equal(HttpStatusCode.OK, await RightPasswordAsync(gateway, login, owner));
        await RateLimitWindow.EnsureLeftAsync(CountingTime);

        var attackers = Enumerable.Range(0, 3).Select(_ => SignInRequests.NewClient()).ToList();
        var guesses = attackers.SelectMany(attacker => Enumerable.Range(0, PerLoginAndClient)
            .Select(n => StatusAsync(gateway, login, $"guess-{n}", attacker))).ToList();
        await WhenRefusedAsync(guesses, guesses.Count - PerLoginFromUnknownClients);

        // The cost of the ceiling, said in ADR 0014: during such an attack a new client waits for the next window.
        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync(gateway, login, system.Secrets.DemoStaffPassword, SignInRequests.NewClient()));
        Assert.Equal(HttpStatusCode.OK, await RightPasswordAsync(gateway, login, owner));
        Assert.Equal(PerLoginFromUnknownClients, (await Task.WhenAll(guesses)).Count(s => s == HttpStatusCode.Unauthorized));
    }

    private async Task KeepFixtureSignedInAsync(string login) => (await system.SignInAsync(login)).Dispose();

    /// <summary>Returns once <paramref name="refusals"/> attempts were answered 429, or all were answered.</summary>
    private static async Task WhenRefusedAsync(IReadOnlyCollection<Task<HttpStatusCode>> attempts, int refusals)
    {
        var pending = attempts.ToList();
        var refused = 0;
        while (refused < refusals && pending.Count > 0)
        {
            var answered = await Task.WhenAny(pending);
            pending.Remove(answered);
            refused += await answered == HttpStatusCode.TooManyRequests ? 1 : 0;
        }
    }

    /// <summary>The owner's sign-in: right password and a fresh code of the demo authenticator.</summary>
    private async Task<HttpStatusCode> RightPasswordAsync(HttpClient gateway, string login, string client)
    {
        using var response = await gateway.SignInAsync(login, system.Secrets.DemoStaffPassword, client, await system.DemoCodeAsync(login));
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient gateway, string login, string password, string client)
    {
        using var response = await gateway.SignInAsync(login, password, client);
        return response.StatusCode;
    }
}
