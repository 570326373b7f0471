using System.Net;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Partnerships;

/// <summary>
/// The partner API's own OpenAPI document, read through the gateway without any token: only the partner routes,
/// the partner token with its scopes as their security, nothing of the staff side.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class PartnerOpenApiTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task The_partner_document_holds_only_public_v1_routes_secured_by_the_partner_token_and_its_scopes()
    {
        using var anonymous = system.Anonymous();
        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/public/v1/openapi/partners.json"));
        var root = document.RootElement;

        Assert.Equal("PatientNetwork partner API", root.GetProperty("info").GetProperty("title").GetString());
        var paths = root.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(paths, path => Assert.StartsWith("/public/v1/", path, StringComparison.Ordinal));
        Assert.Contains("/public/v1/referrals", paths);
        Assert.Contains("/public/v1/statistics", paths);
        Assert.Contains("/public/v1/oauth/token", paths);

        var schemes = root.GetProperty("components").GetProperty("securitySchemes");
        Assert.False(schemes.TryGetProperty("StaffBearer", out _));
        var flow = schemes.GetProperty("PartnerToken").GetProperty("flows").GetProperty("clientCredentials");
        Assert.Equal("/public/v1/oauth/token", flow.GetProperty("tokenUrl").GetString());
        Assert.True(flow.GetProperty("scopes").TryGetProperty("referrals.write", out _));

        var send = root.GetProperty("paths").GetProperty("/public/v1/referrals").GetProperty("post");
        var requirement = Assert.Single(send.GetProperty("security").EnumerateArray().ToList());
        Assert.Equal(["referrals.write"], requirement.GetProperty("PartnerToken").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("partner token", send.GetProperty("responses").GetProperty("401").GetProperty("description").GetString(), StringComparison.Ordinal);
        var statistics = root.GetProperty("paths").GetProperty("/public/v1/statistics").GetProperty("get");
        Assert.False(statistics.TryGetProperty("security", out _));
    }

    [Fact]
    public async Task The_staff_document_is_not_served_under_the_public_prefix()
    {
        using var anonymous = system.Anonymous();
        using var staffDocument = await anonymous.GetAsync("/public/v1/openapi/v1.json");

        // No route matches, so the service's fallback (a token for anything not declared public) answers.
        Assert.Equal(HttpStatusCode.Unauthorized, staffDocument.StatusCode);
        Assert.DoesNotContain("\"paths\"", await staffDocument.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
