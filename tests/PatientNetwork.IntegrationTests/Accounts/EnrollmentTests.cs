using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using OtpNet;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Accounts;

/// <summary>An account whose role sees identifiers enrols an authenticator at its first sign-in, and is signed in by the confirmation.</summary>
[Collection(SystemCollection.Name)]
public sealed class EnrollmentTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_new_coordinator_is_asked_to_enrol_then_confirms_a_code_and_is_signed_in_with_two_factor_on()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var invited = await admin.InviteAsync(["coordinator"]);
        var password = StaffAccounts.NewPassword();
        using var anonymous = system.Anonymous();
        (await anonymous.AcceptAsync(invited.Login, invited.Code, password)).Dispose();

        using var refused = await anonymous.TokenAsync(invited.Login, password);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = await refused.JsonAsync();
        Assert.Equal("two-factor-enrollment", problem.GetProperty("signInStep").GetString());
        var enrollmentToken = problem.GetProperty("enrollmentToken").GetString();

        using var started = await anonymous.PostAsJsonAsync("/auth/two-factor/enrollment", new { enrollmentToken });
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var enrollment = await started.JsonAsync();
        var secret = enrollment.GetProperty("secret").GetString()!;
        Assert.StartsWith("otpauth://totp/", enrollment.GetProperty("otpauthUri").GetString(), StringComparison.Ordinal);
        Assert.Contains($"secret={secret}", enrollment.GetProperty("otpauthUri").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("<svg", enrollment.GetProperty("qrCodeSvg").GetString()!.TrimStart(), StringComparison.Ordinal);

        var wrong = new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(DateTime.UtcNow.AddHours(-1));
        using var wrongConfirm = await anonymous.PostAsJsonAsync("/auth/two-factor/enrollment/confirm", new { enrollmentToken, code = wrong });
        Assert.Equal(HttpStatusCode.BadRequest, wrongConfirm.StatusCode);
        Assert.True((await wrongConfirm.JsonAsync()).GetProperty("errors").TryGetProperty("code", out _));

        using var confirmed = await anonymous.PostAsJsonAsync("/auth/two-factor/enrollment/confirm", new { enrollmentToken, code = await TwoFactorCodes.NextAsync(secret, invited.Login) });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        using var me = system.Anonymous();
        me.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await confirmed.JsonAsync()).GetProperty("accessToken").GetString());
        var account = await me.GetFromJsonAsync<System.Text.Json.JsonElement>("/auth/me");
        Assert.True(account.GetProperty("twoFactorEnabled").GetBoolean());
        Assert.Equal(invited.Login, account.GetProperty("login").GetString());

        // The token was used up by the confirmation; the next sign-in needs the password and a code.
        using var again = await anonymous.PostAsJsonAsync("/auth/two-factor/enrollment", new { enrollmentToken });
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        using var withoutCode = await anonymous.TokenAsync(invited.Login, password);
        Assert.Equal("two-factor", (await withoutCode.JsonAsync()).GetProperty("signInStep").GetString());
        Assert.Contains(await admin.AuditOfAsync(invited.Id), e => e.GetProperty("action").GetString() == "two-factor.enrolled");
    }

    [Fact]
    public async Task An_admin_s_two_factor_reset_signs_the_account_out_and_asks_for_a_new_enrolment()
    {
        var member = await system.EnrolledCoordinatorAsync();
        using var session = await system.SignedInAsync(member);
        using var admin = await system.SignInAsync("hajar.admin");

        using var reset = await admin.PostAsync($"/api/staff/accounts/{member.Id}/two-factor-reset", null);

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        using var me = await session.GetAsync("/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        using var anonymous = system.Anonymous();
        using var signIn = await anonymous.TokenAsync(member.Login, member.Password);
        Assert.Equal(HttpStatusCode.Forbidden, signIn.StatusCode);
        Assert.Equal("two-factor-enrollment", (await signIn.JsonAsync()).GetProperty("signInStep").GetString());
    }

    [Fact]
    public async Task A_volunteer_signs_in_without_a_second_factor()
    {
        var member = await system.VolunteerAsync();
        using var anonymous = system.Anonymous();

        using var response = await anonymous.TokenAsync(member.Login, member.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
