using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OtpNet;
using PatientNetwork.IntegrationTests.Hardening;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Accounts;

/// <summary>
/// Staff accounts as an admin and the invited person use them through the gateway: invite, accept,
/// sign in (with the second factor where the role needs one). Each sign-in comes from its own client
/// address (the fixture trusts loopback as a proxy), so no test spends another's sign-in limit.
/// </summary>
public static class StaffAccounts
{
    /// <summary>A login no other test uses.</summary>
    public static string NewLogin(string association = "hajar") => $"t{Guid.NewGuid().ToString("N")[..10]}.{association}";

    /// <summary>A password the policy accepts.</summary>
    public static string NewPassword() => $"Quiet river {Guid.NewGuid().ToString("N")[..8]} at dawn";

    public static async Task<Invited> InviteAsync(this HttpClient admin, string[] roles, string? login = null, string? displayName = null, string? branchId = null)
    {
        login ??= NewLogin();
        using var response = await admin.PostAsJsonAsync("/api/staff/accounts", new { login, displayName = displayName ?? $"Test {login}", roles, branchId });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"invite {login}: {(int)response.StatusCode} {body}");
        var json = JsonDocument.Parse(body).RootElement;
        return new Invited(json.GetProperty("id").GetGuid(), login, json.GetProperty("invitation").GetProperty("code").GetString()!);
    }

    public static async Task<HttpResponseMessage> AcceptAsync(this HttpClient anonymous, string login, string code, string newPassword) =>
        await anonymous.SendAsync(FromNewClient(HttpMethod.Post, "/auth/invitations/accept", new { login, code, newPassword }));

    /// <summary>An invited volunteer (no second factor) who accepted and can sign in.</summary>
    public static async Task<Member> VolunteerAsync(this PatientNetworkFixture system, string? login = null)
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var invited = await admin.InviteAsync(["volunteer"], login);
        var password = NewPassword();
        using var anonymous = system.Anonymous();
        using var accepted = await anonymous.AcceptAsync(invited.Login, invited.Code, password);
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        return new Member(invited.Id, invited.Login, password, null);
    }

    /// <summary>An invited coordinator who accepted, enrolled an authenticator and so can sign in with codes.</summary>
    public static async Task<Member> EnrolledCoordinatorAsync(this PatientNetworkFixture system)
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var invited = await admin.InviteAsync(["coordinator"]);
        var password = NewPassword();
        using var anonymous = system.Anonymous();
        using (var accepted = await anonymous.AcceptAsync(invited.Login, invited.Code, password))
        {
            Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        }

        using var refused = await anonymous.TokenAsync(invited.Login, password);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var enrollmentToken = (await refused.JsonAsync()).GetProperty("enrollmentToken").GetString();
        using var started = await anonymous.PostAsJsonAsync("/auth/two-factor/enrollment", new { enrollmentToken });
        var secret = (await started.JsonAsync()).GetProperty("secret").GetString()!;
        var member = new Member(invited.Id, invited.Login, password, secret);
        using var confirmed = await anonymous.PostAsJsonAsync("/auth/two-factor/enrollment/confirm", new { enrollmentToken, code = await member.CodeAsync() });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        return member;
    }

    /// <summary><c>POST /auth/token</c> from a new client address.</summary>
    public static async Task<HttpResponseMessage> TokenAsync(this HttpClient anonymous, string login, string password, string? code = null, string? client = null) =>
        await anonymous.SendAsync(FromNewClient(HttpMethod.Post, "/auth/token", new { login, password, code }, client));

    /// <summary>Signs the member in (with a fresh code when enrolled) and returns a client carrying the token.</summary>
    public static async Task<HttpClient> SignedInAsync(this PatientNetworkFixture system, Member member)
    {
        using var anonymous = system.Anonymous();
        using var response = await anonymous.TokenAsync(member.Login, member.Password, member.Secret is null ? null : await member.CodeAsync());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"sign in {member.Login}: {(int)response.StatusCode} {body}");
        var client = system.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    public static HttpRequestMessage FromNewClient(HttpMethod method, string path, object body, string? client = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Forwarded-For", client ?? SignInRequests.NewClient());
        return request;
    }

    /// <summary>The association's audit rows about one account, newest first.</summary>
    public static async Task<List<JsonElement>> AuditOfAsync(this HttpClient admin, Guid accountId)
    {
        using var response = await admin.GetAsync($"/api/staff/audit?accountId={accountId}&pageSize=100");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("items").EnumerateArray().ToList();
    }

    public sealed record Invited(Guid Id, string Login, string Code);

    public sealed record Member(Guid Id, string Login, string Password, string? Secret)
    {
        public Task<string> CodeAsync() => TwoFactorCodes.NextAsync(Secret!, Login);

        public byte[] SecretBytes => Base32Encoding.ToBytes(Secret!);
    }
}
