using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Accounts;

/// <summary>An admin runs their own association's accounts only, and cannot leave it without an admin.</summary>
[Collection(SystemCollection.Name)]
public sealed class AdminBoundaryTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task Hajar_s_admin_neither_sees_nor_changes_an_AMAL_account()
    {
        using var amal = await system.SignInAsync("amal.admin");
        using var hajar = await system.SignInAsync("hajar.admin");
        var invited = await amal.InviteAsync(["volunteer"], StaffAccounts.NewLogin("amal"), "AMAL only volunteer");

        using var read = await hajar.GetAsync($"/api/staff/accounts/{invited.Id}");
        using var change = await hajar.PutAsJsonAsync($"/api/staff/accounts/{invited.Id}", new { displayName = "Taken over", roles = new[] { "admin" } });
        using var disable = await hajar.PostAsync($"/api/staff/accounts/{invited.Id}/disable", null);
        using var reset = await hajar.PostAsync($"/api/staff/accounts/{invited.Id}/password-reset", null);
        var list = await hajar.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/staff/accounts?search={invited.Login}");
        var audit = await hajar.AuditOfAsync(invited.Id);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, disable.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reset.StatusCode);
        Assert.Equal(0, list.GetProperty("totalCount").GetInt32());
        Assert.Empty(audit);
        var own = await amal.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/staff/accounts/{invited.Id}");
        Assert.Equal("AMAL only volunteer", own.GetProperty("displayName").GetString());
        Assert.False(own.GetProperty("disabled").GetBoolean());
    }

    [Fact]
    public async Task The_last_enabled_admin_can_be_neither_disabled_nor_demoted()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var me = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/auth/me");
        var id = me.GetProperty("id").GetGuid();

        using var disable = await admin.PostAsync($"/api/staff/accounts/{id}/disable", null);
        using var demote = await admin.PutAsJsonAsync($"/api/staff/accounts/{id}", new { displayName = "Hajar administrator", roles = new[] { "coordinator" } });

        Assert.Equal(HttpStatusCode.Conflict, disable.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, demote.StatusCode);
        Assert.Equal("application/problem+json", disable.Content.Headers.ContentType?.MediaType);
        var after = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/staff/accounts/{id}");
        Assert.False(after.GetProperty("disabled").GetBoolean());
        Assert.Contains("admin", after.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task The_audit_lists_sign_ins_and_failures_with_the_client_address_and_never_the_password()
    {
        var member = await system.VolunteerAsync();
        using var anonymous = system.Anonymous();
        var client = Hardening.SignInRequests.NewClient();
        (await anonymous.TokenAsync(member.Login, "a wrong password here", client: client)).Dispose();
        (await anonymous.TokenAsync(member.Login, member.Password, client: client)).Dispose();
        using var admin = await system.SignInAsync("hajar.admin");

        using var response = await admin.GetAsync($"/api/staff/audit?accountId={member.Id}&action=sign-in.failed");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single((await response.JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal("wrong-password", entry.GetProperty("reason").GetString());
        Assert.Equal(client, entry.GetProperty("clientAddress").GetString());
        Assert.DoesNotContain("a wrong password here", body, StringComparison.Ordinal);
        var all = await admin.AuditOfAsync(member.Id);
        Assert.Contains(all, e => e.GetProperty("action").GetString() == "sign-in.succeeded" && e.GetProperty("clientAddress").GetString() == client);
        using var amal = await system.SignInAsync("amal.admin");
        Assert.Empty(await amal.AuditOfAsync(member.Id));
    }
}
