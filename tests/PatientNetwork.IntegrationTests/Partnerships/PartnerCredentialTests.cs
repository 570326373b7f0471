using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Partnerships;

/// <summary>
/// Partner credentials through the gateway: OAuth2 client credentials with scopes, several live secrets for rotation,
/// revocation that holds at once also for tokens issued before it, a limit per partner, and no crossing between
/// partner and staff tokens.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class PartnerCredentialTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task An_expiry_given_in_local_time_is_kept_as_the_same_instant_in_UTC()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var partner = await admin.CreatePartnerAsync();
        await admin.CreateActiveAgreementAsync(partner, ["calendar.read"]);
        var day = DateTime.UtcNow.AddDays(10);
        var expiry = new DateTimeOffset(day.Year, day.Month, day.Day, 10, 0, 0, TimeSpan.FromHours(1));

        using var created = await admin.PostAsJsonAsync($"/api/partnerships/partners/{partner}/credentials", new { label = "Casablanca office", scopes = new[] { "calendar.read" }, expiresAt = expiry });

        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var stored = (await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/partnerships/partners/{partner}/credentials"))[0].GetProperty("expiresAt").GetDateTimeOffset();
        Assert.Equal(expiry, stored);
        Assert.Equal(TimeSpan.Zero, stored.Offset);
    }

    [Fact]
    public async Task A_partner_gets_a_token_with_the_scopes_it_asks_for_within_its_credential_and_no_others()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var anonymous = system.Anonymous();
        var partner = await admin.CreatePartnerAsync();
        var credential = await admin.CreateCredentialAsync(partner, "statistics.read", "calendar.read");

        using var narrow = system.AsPartner(await anonymous.TokenAsync(credential, "statistics.read"));
        var me = await narrow.GetFromJsonAsync<System.Text.Json.JsonElement>("/public/v1/partner");
        Assert.Equal(partner.ToString(), me.GetProperty("partnerId").GetString());
        Assert.Equal(new[] { "statistics.read" }, me.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).ToArray());

        using var all = system.AsPartner(await anonymous.TokenAsync(credential));
        var allScopes = (await all.GetFromJsonAsync<System.Text.Json.JsonElement>("/public/v1/partner")).GetProperty("scopes");
        Assert.Equal(new[] { "calendar.read", "statistics.read" }, allScopes.EnumerateArray().Select(s => s.GetString()!).ToArray());

        using var beyond = await anonymous.RequestTokenAsync(credential, "referrals.write");
        Assert.Equal(HttpStatusCode.BadRequest, beyond.StatusCode);
        // OpenIddict names a scope the client is not permitted invalid_request (RFC 6749 allows it beside invalid_scope).
        Assert.Contains((await beyond.JsonAsync()).GetProperty("error").GetString(), new[] { "invalid_scope", "invalid_request" });

        using var wrongSecret = await anonymous.RequestTokenAsync(credential with { ClientSecret = "pns_wrong" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
    }

    [Fact]
    public async Task A_revoked_credential_gets_no_token_and_its_token_issued_before_is_refused_at_once()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var anonymous = system.Anonymous();
        var partner = await admin.CreatePartnerAsync();
        var credential = await admin.CreateCredentialAsync(partner, "statistics.read");
        using var client = system.AsPartner(await anonymous.TokenAsync(credential));
        using (var before = await client.GetAsync("/public/v1/partner"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await admin.RevokeAsync(partner, credential.Id);

        using var after = await client.GetAsync("/public/v1/partner");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        using var newToken = await anonymous.RequestTokenAsync(credential);
        Assert.False(newToken.IsSuccessStatusCode);
        var listed = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/partnerships/partners/{partner}/credentials");
        var row = listed.EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == credential.Id);
        Assert.Equal("revoked", row.GetProperty("status").GetString());
        Assert.Equal("hajar.admin", row.GetProperty("revokedBy").GetString());
        Assert.False(row.TryGetProperty("clientSecret", out _));
    }

    [Fact]
    public async Task A_rotated_secret_works_alongside_the_old_one_until_the_old_one_is_revoked()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var anonymous = system.Anonymous();
        var partner = await admin.CreatePartnerAsync();
        var old = await admin.CreateCredentialAsync(partner, "calendar.read");
        var rotated = await admin.CreateCredentialAsync(partner, "calendar.read");

        using var oldClient = system.AsPartner(await anonymous.TokenAsync(old));
        using var newClient = system.AsPartner(await anonymous.TokenAsync(rotated));
        Assert.Equal(HttpStatusCode.OK, (await oldClient.GetAsync("/public/v1/partner")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await newClient.GetAsync("/public/v1/partner")).StatusCode);

        await admin.RevokeAsync(partner, old.Id);

        Assert.Equal(HttpStatusCode.Unauthorized, (await oldClient.GetAsync("/public/v1/partner")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await newClient.GetAsync("/public/v1/partner")).StatusCode);
        using var again = system.AsPartner(await anonymous.TokenAsync(rotated));
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/public/v1/partner")).StatusCode);
    }

    [Fact]
    public async Task A_partner_token_never_opens_a_staff_route_and_a_staff_token_never_acts_as_a_partner()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var anonymous = system.Anonymous();
        var partner = await admin.CreatePartnerAsync();
        var credential = await admin.CreateCredentialAsync(partner, [.. PartnerScopes]);
        var token = await anonymous.TokenAsync(credential);

        using var partnerAtGateway = system.AsPartner(token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await partnerAtGateway.GetAsync("/api/partnerships/partners")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await partnerAtGateway.GetAsync($"/api/partnerships/partners/{partner}/credentials")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await partnerAtGateway.GetAsync("/api/registry/patients")).StatusCode);
        using var partnerAtService = new HttpClient { BaseAddress = system.ServiceUrl("partnerships") };
        partnerAtService.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await partnerAtService.GetAsync("/partners")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await partnerAtService.GetAsync($"/partners/{partner}/credentials")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.GetAsync("/public/v1/partner")).StatusCode);
    }

    [Fact]
    public async Task Over_its_limit_a_partner_is_answered_429_with_Retry_After_and_every_call_is_audited()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var anonymous = system.Anonymous();
        var partner = await admin.CreatePartnerAsync(requestsPerMinute: 3);
        var credential = await admin.CreateCredentialAsync(partner, "statistics.read");
        using var client = system.AsPartner(await anonymous.TokenAsync(credential));

        // Seven calls span at most two one-minute windows of three permits each, so one is over the limit.
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 7 && limited is null; i++)
        {
            var response = await client.GetAsync("/public/v1/partner");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(limited);
        using (limited)
        {
            Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 60);
            Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        }

        var calls = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/partnerships/partners/{partner}/calls?pageSize=100");
        var audited = calls.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(statuses.Count, audited.Count);
        Assert.All(audited, c => Assert.Equal(credential.Id, c.GetProperty("credentialId").GetGuid()));
        Assert.Contains(audited, c => c.GetProperty("status").GetInt32() == 429 && c.GetProperty("path").GetString() == "/public/v1/partner");
        Assert.Contains(audited, c => c.GetProperty("status").GetInt32() == 200);
    }

    [Fact]
    public async Task Another_association_s_admin_neither_sees_nor_manages_a_partner_s_credentials()
    {
        using var hajar = await system.SignInAsync("hajar.admin");
        using var amal = await system.SignInAsync("amal.admin");
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var partner = await hajar.CreatePartnerAsync();
        var credential = await hajar.CreateCredentialAsync(partner, "statistics.read");

        Assert.Equal(HttpStatusCode.NotFound, (await amal.GetAsync($"/api/partnerships/partners/{partner}/credentials")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await amal.PostAsync($"/api/partnerships/partners/{partner}/credentials/{credential.Id}/revoke", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"/api/partnerships/partners/{partner}/credentials")).StatusCode);
        using var created = await amal.PostAsJsonAsync($"/api/partnerships/partners/{partner}/credentials", new { label = "x", scopes = new[] { "statistics.read" }, expiresAt = DateTimeOffset.UtcNow.AddDays(1) });
        Assert.Equal(HttpStatusCode.NotFound, created.StatusCode);
    }

    [Fact]
    public async Task A_credential_with_an_unknown_scope_or_a_past_expiry_is_refused_with_field_errors()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var partner = await admin.CreatePartnerAsync();
        using var response = await admin.PostAsJsonAsync($"/api/partnerships/partners/{partner}/credentials", new
        {
            label = "bad", scopes = new[] { "patients.read" }, expiresAt = DateTimeOffset.UtcNow.AddDays(-1),
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("scopes[0]", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("expiresAt", out _), errors.ToString());
    }

    private static readonly string[] PartnerScopes = ["statistics.read", "calendar.read", "referrals.write", "referrals.read", "webhooks.manage"];
}
