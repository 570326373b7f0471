using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Accounts;

/// <summary>An admin invites; the person sets a password with the one-time code and signs in.</summary>
[Collection(SystemCollection.Name)]
public sealed class InvitationTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task An_invited_volunteer_accepts_with_the_code_and_signs_in()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var invited = await admin.InviteAsync(["volunteer"]);
        var password = StaffAccounts.NewPassword();
        using var anonymous = system.Anonymous();

        var pending = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/staff/accounts/{invited.Id}");
        using var beforeAccepting = await anonymous.TokenAsync(invited.Login, password);
        using var accepted = await anonymous.AcceptAsync(invited.Login, invited.Code, password);
        using var signedIn = await anonymous.TokenAsync(invited.Login, password);

        Assert.True(pending.GetProperty("invitationPending").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, beforeAccepting.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var after = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/staff/accounts/{invited.Id}");
        Assert.False(after.GetProperty("invitationPending").GetBoolean());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, after.GetProperty("lastSignInAt").ValueKind);
        var actions = (await admin.AuditOfAsync(invited.Id)).Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("account.invited", actions);
        Assert.Contains("invitation.accepted", actions);
        Assert.Contains("sign-in.succeeded", actions);
    }

    [Fact]
    public async Task An_invitation_code_sets_a_password_once()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var invited = await admin.InviteAsync(["volunteer"]);
        using var anonymous = system.Anonymous();

        using var first = await anonymous.AcceptAsync(invited.Login, invited.Code, StaffAccounts.NewPassword());
        using var second = await anonymous.AcceptAsync(invited.Login, invited.Code, StaffAccounts.NewPassword());

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.True((await second.JsonAsync()).GetProperty("errors").TryGetProperty("code", out _));
    }

    [Theory]
    [InlineData("short pass")]
    [InlineData("password1234")]
    [InlineData("qwerty123456")]
    [InlineData("Leavemealone!!")]
    [InlineData("LOGIN and more words")]
    public async Task A_new_password_outside_the_policy_answers_400_on_newPassword_and_keeps_the_code(string password)
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var invited = await admin.InviteAsync(["volunteer"]);
        using var anonymous = system.Anonymous();

        using var refused = await anonymous.AcceptAsync(invited.Login, invited.Code, password.Replace("LOGIN", invited.Login, StringComparison.Ordinal));
        using var accepted = await anonymous.AcceptAsync(invited.Login, invited.Code, StaffAccounts.NewPassword());

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("newPassword", out var messages), errors.ToString());
        Assert.NotEmpty(messages.EnumerateArray().First().GetString()!);
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
    }

    [Fact]
    public async Task Inviting_a_login_that_exists_answers_409()
    {
        using var admin = await system.SignInAsync("hajar.admin");

        using var response = await admin.PostAsJsonAsync("/api/staff/accounts", new { login = "hajar.coordinator", displayName = "Someone", roles = new[] { "volunteer" } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Concurrent_invitations_of_one_login_create_one_account()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var login = StaffAccounts.NewLogin();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            admin.PostAsJsonAsync("/api/staff/accounts", new { login, displayName = "Twin", roles = new[] { "volunteer" } })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var list = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/staff/accounts?search={login}");
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task An_invitation_with_an_unknown_role_answers_400_on_roles()
    {
        using var admin = await system.SignInAsync("hajar.admin");

        using var response = await admin.PostAsJsonAsync("/api/staff/accounts", new { login = StaffAccounts.NewLogin(), displayName = "X", roles = new[] { "superuser" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("roles", out _));
    }

    [Fact]
    public async Task A_coordinator_cannot_run_staff_accounts()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");

        using var response = await coordinator.GetAsync("/api/staff/accounts");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
