using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Accounts;

/// <summary>Every token names a session the gateway checks at each request: sign-out and disabling take effect at once.</summary>
[Collection(SystemCollection.Name)]
public sealed class SessionTests(PatientNetworkFixture system)
{
    private static readonly TimeSpan TakesEffectWithin = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Disabling_an_account_signs_out_its_sessions_within_two_seconds_and_enabling_lets_it_sign_in_again()
    {
        var member = await system.VolunteerAsync();
        using var session = await system.SignedInAsync(member);
        using var admin = await system.SignInAsync("hajar.admin");
        using (var before = await session.GetAsync("/api/registry/patients"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var disabled = await admin.PostAsync($"/api/staff/accounts/{member.Id}/disable", null);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);

        await Eventually.Until(() => StatusAsync(session, "/api/registry/patients"), s => s == HttpStatusCode.Unauthorized, TakesEffectWithin, "the old token refused");
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(session, "/auth/me"));
        using var anonymous = system.Anonymous();
        using (var signIn = await anonymous.TokenAsync(member.Login, member.Password))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        }

        using var enabled = await admin.PostAsync($"/api/staff/accounts/{member.Id}/enable", null);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        using var back = await system.SignedInAsync(member);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(back, "/auth/me"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(session, "/auth/me"));
        var actions = (await admin.AuditOfAsync(member.Id)).Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("account.disabled", actions);
        Assert.Contains("account.enabled", actions);
        Assert.Contains("sign-in.failed", actions);
    }

    [Fact]
    public async Task Signing_out_ends_this_session_only()
    {
        var member = await system.VolunteerAsync();
        using var here = await system.SignedInAsync(member);
        using var elsewhere = await system.SignedInAsync(member);

        using var signedOut = await here.PostAsync("/auth/sign-out", null);

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(here, "/api/registry/patients"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(elsewhere, "/api/registry/patients"));
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_every_session_of_the_account()
    {
        var member = await system.VolunteerAsync();
        using var here = await system.SignedInAsync(member);
        using var elsewhere = await system.SignedInAsync(member);

        using var signedOut = await here.PostAsync("/auth/sign-out-everywhere", null);

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(here, "/auth/me"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(elsewhere, "/api/events/events"));
    }

    [Fact]
    public async Task An_admin_signs_out_every_session_of_an_account()
    {
        var member = await system.VolunteerAsync();
        using var session = await system.SignedInAsync(member);
        using var admin = await system.SignInAsync("hajar.admin");

        using var signedOut = await admin.PostAsync($"/api/staff/accounts/{member.Id}/sign-out-everywhere", null);

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(session, "/auth/me"));
        Assert.Contains(await admin.AuditOfAsync(member.Id), e => e.GetProperty("action").GetString() == "sign-out.everywhere" && e.GetProperty("actorLogin").GetString() == "hajar.admin");
    }

    [Fact]
    public async Task A_session_left_idle_longer_than_the_idle_timeout_is_refused_and_one_in_use_is_not()
    {
        // The fixture gives this one login an idle timeout of seconds (Sessions:IdleTimeoutOverrides).
        var member = await system.VolunteerAsync(PatientNetworkFixture.IdleTestLogin);
        using var busy = await system.SignedInAsync(member);
        using var idle = await system.SignedInAsync(member);
        var until = DateTimeOffset.UtcNow + (PatientNetworkFixture.IdleTestTimeout * 2);

        while (DateTimeOffset.UtcNow < until)
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(busy, "/auth/me"));
            await Task.Delay(PatientNetworkFixture.IdleTestTimeout / 4);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(idle, "/auth/me"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(busy, "/api/registry/patients"));
    }

    [Fact]
    public async Task Changing_an_account_s_roles_signs_out_its_sessions_whose_tokens_carry_the_old_roles()
    {
        var member = await system.VolunteerAsync();
        using var session = await system.SignedInAsync(member);
        using var admin = await system.SignInAsync("hajar.admin");

        using var changed = await admin.PutAsJsonAsync($"/api/staff/accounts/{member.Id}", new { displayName = "Renamed volunteer", roles = new[] { "volunteer", "doctor" } });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("Renamed volunteer", (await changed.JsonAsync()).GetProperty("displayName").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(session, "/auth/me"));
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }
}
