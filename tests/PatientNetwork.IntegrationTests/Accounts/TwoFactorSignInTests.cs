using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Accounts;

/// <summary>Sign-in of an account enrolled in TOTP: the code is required, checked within one step, and accepted once.</summary>
[Collection(SystemCollection.Name)]
public sealed class TwoFactorSignInTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_right_password_and_the_current_code_sign_in_with_a_token_of_a_session()
    {
        var member = await system.EnrolledCoordinatorAsync();
        using var anonymous = system.Anonymous();

        using var response = await anonymous.TokenAsync(member.Login, member.Password, await member.CodeAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = new System.IdentityModel.Tokens.Jwt.JwtSecurityToken((await response.JsonAsync()).GetProperty("accessToken").GetString());
        Assert.True(Guid.TryParse(token.Claims.Single(c => c.Type == "sid").Value, out _));
        Assert.InRange(token.ValidTo - DateTime.UtcNow, TimeSpan.FromHours(7.9), TimeSpan.FromHours(8.1));
    }

    [Fact]
    public async Task A_right_password_without_a_code_answers_401_asking_for_the_second_factor()
    {
        var member = await system.EnrolledCoordinatorAsync();
        using var anonymous = system.Anonymous();

        using var response = await anonymous.TokenAsync(member.Login, member.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("two-factor", (await response.JsonAsync()).GetProperty("signInStep").GetString());
    }

    [Fact]
    public async Task A_wrong_code_answers_401_two_factor_and_counts_as_a_failed_sign_in()
    {
        var member = await system.EnrolledCoordinatorAsync();
        using var anonymous = system.Anonymous();
        var client = Hardening.SignInRequests.NewClient();
        var stale = TwoFactorCodes.Stale(member.Secret!);
        await Hardening.RateLimitWindow.EnsureLeftAsync(TimeSpan.FromSeconds(40));

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 11; attempt++)
        {
            using var response = await anonymous.TokenAsync(member.Login, member.Password, stale, client);
            statuses.Add(response.StatusCode);
            if (attempt == 0)
            {
                Assert.Equal("two-factor", (await response.JsonAsync()).GetProperty("signInStep").GetString());
            }
        }

        // Ten failures per login and client (ADR 0014): the eleventh wrong code is not even checked.
        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
        using var admin = await system.SignInAsync("hajar.admin");
        var audit = await admin.AuditOfAsync(member.Id);
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "sign-in.failed" && e.GetProperty("reason").GetString() == "two-factor-wrong");
    }

    [Fact]
    public async Task A_code_that_signed_in_once_is_refused_the_second_time()
    {
        var member = await system.EnrolledCoordinatorAsync();
        using var anonymous = system.Anonymous();
        var code = await member.CodeAsync();

        using var first = await anonymous.TokenAsync(member.Login, member.Password, code);
        using var replay = await anonymous.TokenAsync(member.Login, member.Password, code);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal("two-factor", (await replay.JsonAsync()).GetProperty("signInStep").GetString());
        using var admin = await system.SignInAsync("hajar.admin");
        Assert.Contains(await admin.AuditOfAsync(member.Id), e => e.GetProperty("reason").GetString() == "two-factor-replayed");
    }

    [Fact]
    public async Task Concurrent_sign_ins_with_one_code_sign_in_once()
    {
        var member = await system.EnrolledCoordinatorAsync();
        using var anonymous = system.Anonymous();
        var code = await member.CodeAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => anonymous.TokenAsync(member.Login, member.Password, code)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(4, responses.Count(r => r.StatusCode == HttpStatusCode.Unauthorized));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_demo_coordinator_signs_in_with_the_printed_demo_secret()
    {
        using var anonymous = system.Anonymous();

        using var response = await anonymous.PostAsJsonAsync("/auth/token", new
        {
            login = "hajar.coordinator", password = system.Secrets.DemoStaffPassword, code = await system.DemoCodeAsync("hajar.coordinator"),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
