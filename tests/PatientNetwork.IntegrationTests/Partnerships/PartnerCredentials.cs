using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Partnerships;

/// <summary>What a staff admin and a partner do with credentials, through the gateway, as their clients would.</summary>
public static class PartnerCredentials
{
    public sealed record Credential(Guid Id, string ClientId, string ClientSecret);

    /// <summary>A new partner of the admin's association with a random name.</summary>
    public static async Task<Guid> CreatePartnerAsync(this HttpClient admin, int? requestsPerMinute = null)
    {
        using var response = await admin.PostAsJsonAsync("/api/partnerships/partners", new
        {
            name = $"Partner {Api.RandomName()}", kind = "hospital", country = "MA", requestsPerMinute,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Guid.Parse((await response.JsonAsync()).GetProperty("id").GetString()!);
    }

    /// <summary>
    /// A credential with those scopes, after an active open-ended agreement sharing them: a credential's scopes must be
    /// covered by an agreement in force.
    /// </summary>
    public static async Task<Credential> CreateCredentialAsync(this HttpClient admin, Guid partnerId, params string[] scopes)
    {
        await admin.CreateActiveAgreementAsync(partnerId, scopes);
        return await admin.IssueCredentialAsync(partnerId, scopes);
    }

    /// <summary>A credential with those scopes under the partner's agreements as they are.</summary>
    public static async Task<Credential> IssueCredentialAsync(this HttpClient admin, Guid partnerId, params string[] scopes)
    {
        using var response = await admin.PostAsJsonAsync($"/api/partnerships/partners/{partnerId}/credentials", new
        {
            label = $"Credential {Api.RandomName()}", scopes, expiresAt = DateTimeOffset.UtcNow.AddDays(30),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        return new Credential(body.GetProperty("id").GetGuid(), body.GetProperty("clientId").GetString()!, body.GetProperty("clientSecret").GetString()!);
    }

    /// <summary>A drafted agreement with the partner that shares the scopes, from yesterday, open-ended unless <paramref name="endsOn"/> is given.</summary>
    public static async Task<Guid> CreateAgreementAsync(this HttpClient admin, Guid partnerId, string[] scopes, DateOnly? endsOn = null, object[]? contacts = null)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var response = await admin.PostAsJsonAsync($"/api/partnerships/partners/{partnerId}/agreements", new
        {
            kind = "hospital-care", title = $"Agreement {Api.RandomName()}", startsOn = today.AddDays(-1), endsOn, dataShared = scopes, contacts,
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>An agreement sharing the scopes, activated.</summary>
    public static async Task<Guid> CreateActiveAgreementAsync(this HttpClient admin, Guid partnerId, string[] scopes, DateOnly? endsOn = null)
    {
        var agreement = await admin.CreateAgreementAsync(partnerId, scopes, endsOn);
        using var activated = await admin.PostAsync($"/api/partnerships/partners/{partnerId}/agreements/{agreement}/activate", null);
        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        return agreement;
    }

    public static async Task RevokeAsync(this HttpClient admin, Guid partnerId, Guid credentialId)
    {
        using var response = await admin.PostAsync($"/api/partnerships/partners/{partnerId}/credentials/{credentialId}/revoke", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The token endpoint's answer to a client-credentials request, as it came.</summary>
    public static async Task<HttpResponseMessage> RequestTokenAsync(this HttpClient client, Credential credential, string? scope = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = credential.ClientId, ["client_secret"] = credential.ClientSecret,
        };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        return await client.PostAsync("/public/v1/oauth/token", new FormUrlEncodedContent(form));
    }

    public static async Task<string> TokenAsync(this HttpClient client, Credential credential, string? scope = null)
    {
        using var response = await client.RequestTokenAsync(credential, scope);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>A client of the gateway that sends the partner's token.</summary>
    public static HttpClient AsPartner(this PatientNetworkFixture system, string token)
    {
        var client = system.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
