using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Security;

[Collection(SystemCollection.Name)]
public sealed class AuthenticationTests(PatientNetworkFixture system)
{
    [Theory]
    [InlineData("/api/registry/patients")]
    [InlineData("/api/funding/coverage-accounts")]
    [InlineData("/api/events/events")]
    [InlineData("/api/partnerships/partners")]
    public async Task A_staff_endpoint_without_a_token_answers_401(string path)
    {
        using var anonymous = system.Anonymous();

        using var response = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_answers_401_as_a_problem()
    {
        using var anonymous = system.Anonymous();

        using var response = await anonymous.PostAsJsonAsync("/auth/token", new { login = "hajar.admin", password = "not-the-password" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Repeated_failed_sign_ins_for_one_login_are_limited_with_429()
    {
        using var anonymous = system.Anonymous();
        var login = $"guess-{Guid.NewGuid():N}";
        var statuses = new List<HttpStatusCode>();

        for (var attempt = 0; attempt < 11; attempt++)
        {
            using var response = await anonymous.PostAsJsonAsync("/auth/token", new { login, password = "guess" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        Assert.All(statuses.Take(10), status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
    }

    [Fact]
    public async Task A_service_rejects_a_token_not_signed_by_the_gateway_even_when_called_directly()
    {
        using var forger = RSA.Create(2048);
        var forged = new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(
            issuer: "patientnetwork-gateway",
            audience: "patientnetwork",
            claims: [new Claim("sub", Guid.NewGuid().ToString()), new Claim("association", "hajar"), new Claim("role", "admin")],
            expires: DateTime.UtcNow.AddHours(1),
            signingCredentials: new SigningCredentials(new RsaSecurityKey(forger), SecurityAlgorithms.RsaSha256)));
        using var direct = new HttpClient { BaseAddress = system.ServiceUrl("registry") };
        direct.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);

        using var response = await direct.GetAsync("/patients");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
