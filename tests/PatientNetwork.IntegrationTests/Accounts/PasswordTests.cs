using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Accounts;

/// <summary>An admin's reset gives a one-time code (never a password); everyone changes their own password.</summary>
[Collection(SystemCollection.Name)]
public sealed class PasswordTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_reset_code_sets_a_new_password_once_and_signs_out_every_session()
    {
        var member = await system.VolunteerAsync();
        using var session = await system.SignedInAsync(member);
        using var admin = await system.SignInAsync("hajar.admin");
        using var anonymous = system.Anonymous();

        using var issued = await admin.PostAsync($"/api/staff/accounts/{member.Id}/password-reset", null);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var code = (await issued.JsonAsync()).GetProperty("code").GetString();
        var newPassword = StaffAccounts.NewPassword();
        using var reset = await anonymous.SendAsync(StaffAccounts.FromNewClient(HttpMethod.Post, "/auth/password-reset", new { login = member.Login, code, newPassword }));
        using var again = await anonymous.SendAsync(StaffAccounts.FromNewClient(HttpMethod.Post, "/auth/password-reset", new { login = member.Login, code, newPassword = StaffAccounts.NewPassword() }));

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        using (var old = await anonymous.TokenAsync(member.Login, member.Password))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        }

        using (var fresh = await anonymous.TokenAsync(member.Login, newPassword))
        {
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        }

        using var me = await session.GetAsync("/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        var actions = (await admin.AuditOfAsync(member.Id)).Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("password-reset.issued", actions);
        Assert.Contains("password-reset.completed", actions);
    }

    [Fact]
    public async Task A_reset_code_stops_working_when_it_expires()
    {
        // The fixture gives reset codes a lifetime of seconds (StaffAccounts__PasswordResetLifetime) so this test can wait it out.
        var member = await system.VolunteerAsync();
        using var admin = await system.SignInAsync("hajar.admin");
        using var anonymous = system.Anonymous();
        using var issued = await admin.PostAsync($"/api/staff/accounts/{member.Id}/password-reset", null);
        var body = await issued.JsonAsync();
        var expiresAt = body.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expiresAt - DateTimeOffset.UtcNow, TimeSpan.Zero, PatientNetworkFixture.PasswordResetLifetime);

        await Task.Delay(expiresAt - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(500));
        using var late = await anonymous.SendAsync(StaffAccounts.FromNewClient(HttpMethod.Post, "/auth/password-reset", new
        {
            login = member.Login, code = body.GetProperty("code").GetString(), newPassword = StaffAccounts.NewPassword(),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        using var old = await anonymous.TokenAsync(member.Login, member.Password);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
    }

    [Fact]
    public async Task Changing_the_own_password_signs_out_the_other_sessions_but_not_this_one()
    {
        var member = await system.VolunteerAsync();
        using var here = await system.SignedInAsync(member);
        using var elsewhere = await system.SignedInAsync(member);
        var newPassword = StaffAccounts.NewPassword();

        using var wrongCurrent = await here.PostAsJsonAsync("/auth/password", new { currentPassword = "not the password at all", newPassword });
        using var weak = await here.PostAsJsonAsync("/auth/password", new { currentPassword = member.Password, newPassword = "password" });
        using var changed = await here.PostAsJsonAsync("/auth/password", new { currentPassword = member.Password, newPassword });

        Assert.Equal(HttpStatusCode.BadRequest, wrongCurrent.StatusCode);
        Assert.True((await wrongCurrent.JsonAsync()).GetProperty("errors").TryGetProperty("currentPassword", out _));
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.True((await weak.JsonAsync()).GetProperty("errors").TryGetProperty("newPassword", out _));
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        using var hereAfter = await here.GetAsync("/auth/me");
        using var elsewhereAfter = await elsewhere.GetAsync("/auth/me");
        Assert.Equal(HttpStatusCode.OK, hereAfter.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, elsewhereAfter.StatusCode);
    }

    [Fact]
    public async Task The_language_chosen_is_remembered_for_the_account()
    {
        var member = await system.VolunteerAsync();
        using var session = await system.SignedInAsync(member);

        using var chosen = await session.PutAsJsonAsync("/auth/me/language", new { language = "ar" });
        using var unknown = await session.PutAsJsonAsync("/auth/me/language", new { language = "de" });
        using var later = await system.SignedInAsync(member);
        var me = await later.GetFromJsonAsync<System.Text.Json.JsonElement>("/auth/me");

        Assert.Equal(HttpStatusCode.NoContent, chosen.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("ar", me.GetProperty("language").GetString());
    }
}
