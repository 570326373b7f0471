using System.Net;
using System.Net.Http.Headers;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Hardening;

/// <summary>
/// Tokens signed with the gateway's own key that are still not staff tokens we understand: every
/// service refuses them itself, through the gateway and when called directly.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class TokenValidationTests(PatientNetworkFixture system)
{
    public static TheoryData<string, string> StaffEndpoints => new()
    {
        { "gateway", "/api/registry/patients" },
        { "gateway", "/api/funding/coverage-accounts" },
        { "registry", "/patients" },
        { "funding", "/coverage-accounts" },
    };

    [Theory]
    [MemberData(nameof(StaffEndpoints))]
    public async Task A_token_written_like_the_gateways_is_accepted(string host, string path)
    {
        // The control for the refusals below: the forgery itself is sound, only what each one leaves out or adds is not.
        var token = TokenForgery.Sign(system.Secrets.SigningKeyPem, TokenForgery.Rs256Header(), await LiveStaffClaimsAsync());

        using var response = await GetAsync(host, path, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_token_written_like_the_gateways_without_a_live_session_is_refused_by_the_gateway_with_401()
    {
        // The gateway also checks the session the token names (sid, ADR 0019); the services check only the token.
        var token = TokenForgery.Sign(system.Secrets.SigningKeyPem, TokenForgery.Rs256Header(), TokenForgery.StaffClaims());

        using var throughGateway = await GetAsync("gateway", "/api/registry/patients", token);
        using var direct = await GetAsync("registry", "/patients", token);

        Assert.Equal(HttpStatusCode.Unauthorized, throughGateway.StatusCode);
        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
    }

    [Theory]
    [MemberData(nameof(StaffEndpoints))]
    public async Task A_token_without_an_association_is_refused_with_401(string host, string path)
    {
        var claims = await LiveStaffClaimsAsync();
        claims.Remove("association");
        var token = TokenForgery.Sign(system.Secrets.SigningKeyPem, TokenForgery.Rs256Header(), claims);

        using var response = await GetAsync(host, path, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(StaffEndpoints))]
    public async Task A_token_with_two_associations_is_refused_with_401(string host, string path)
    {
        var claims = await LiveStaffClaimsAsync();
        claims["association"] = new[] { "amal", "hajar" };
        var token = TokenForgery.Sign(system.Secrets.SigningKeyPem, TokenForgery.Rs256Header(), claims);

        using var response = await GetAsync(host, path, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(StaffEndpoints))]
    public async Task A_token_with_a_critical_header_we_do_not_understand_is_refused_with_401(string host, string path)
    {
        // RFC 7515 §4.1.11: a recipient that does not understand a listed extension must refuse the JWS.
        var header = TokenForgery.Rs256Header();
        header["crit"] = new[] { "exp-ext" };
        header["exp-ext"] = DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds();
        var token = TokenForgery.Sign(system.Secrets.SigningKeyPem, header, await LiveStaffClaimsAsync());

        using var response = await GetAsync(host, path, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>The forged claims with the account and session of a real sign-in, so the gateway's session check passes and the refusals are the token's.</summary>
    private async Task<Dictionary<string, object>> LiveStaffClaimsAsync()
    {
        var (subject, session) = await system.SessionOfAsync("amal.casablanca");
        var claims = TokenForgery.StaffClaims();
        claims["sub"] = subject;
        claims["sid"] = session;
        return claims;
    }

    private async Task<HttpResponseMessage> GetAsync(string host, string path, string token)
    {
        using var client = new HttpClient { BaseAddress = host == "gateway" ? system.GatewayUrl : system.ServiceUrl(host) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync(path);
    }
}
