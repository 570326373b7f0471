using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using PatientNetwork.IntegrationTests.Infrastructure;
using PatientNetwork.IntegrationTests.Partnerships;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Browser;

/// <summary>
/// The partnership screens: an admin issues a partner's credential (its secret shown once) and revokes it, adds a
/// partner with the service's field errors; a coordinator works through referrals a partner sent with its own token;
/// a volunteer sees partners but none of the credential actions; the inbox in Arabic is right to left.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class PartnershipsBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task An_admin_issues_a_credential_sees_its_secret_once_and_revokes_it()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var partnerId = await admin.CreatePartnerAsync();
        // A credential's scopes must be shared by an agreement in force.
        await admin.CreateActiveAgreementAsync(partnerId, ["calendar.read"]);
        var label = "Synchronisation " + Api.RandomName();
        var page = await chromium.OpenAsync(system, "fr");
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.SignInAsync(system, "hajar.admin");
        await page.GoAsync($"/partners/{partnerId}");
        await Expect(page.GetByTestId("no-credentials")).ToBeVisibleAsync();

        await page.Locator("#f-label").FillAsync(label);
        await page.Locator("#f-scope-calendar\\.read").CheckAsync();
        await page.GetByTestId("issue-credential").ClickAsync();

        await Expect(page.GetByTestId("secret-dialog")).ToBeVisibleAsync();
        var clientId = await page.GetByTestId("issued-client-id").InnerTextAsync();
        var secret = await page.GetByTestId("client-secret").InnerTextAsync();
        Assert.StartsWith("pns_", secret, StringComparison.Ordinal);
        await page.GetByTestId("copy-secret").ClickAsync();
        await Expect(page.GetByTestId("secret-copy-status")).ToHaveTextAsync("Copié.");
        Assert.Equal(secret, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        using var anonymous = system.Anonymous();
        var credential = new PartnerCredentials.Credential(Guid.Empty, clientId, secret);
        await anonymous.TokenAsync(credential, "calendar.read");

        await page.GetByTestId("close-secret").ClickAsync();
        await Expect(page.GetByTestId("secret-dialog")).ToHaveCountAsync(0);
        var row = page.GetByTestId("credential").Filter(new() { HasText = label });
        await Expect(row.GetByTestId("credential-status")).ToHaveTextAsync("Actif");
        await page.ReloadAsync();
        await page.WaitUntilInteractiveAsync();
        await Expect(row.GetByTestId("credential-status")).ToHaveTextAsync("Actif");
        await Expect(page.GetByTestId("client-secret")).ToHaveCountAsync(0);
        Assert.DoesNotContain(secret, await page.ContentAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync("partners-fr");

        await row.GetByTestId("revoke").ClickAsync();
        await row.GetByTestId("revoke-cancel").ClickAsync();
        await Expect(row.GetByTestId("credential-status")).ToHaveTextAsync("Actif");
        await row.GetByTestId("revoke").ClickAsync();
        await row.GetByTestId("revoke-confirm").ClickAsync();
        await Expect(row.GetByTestId("credential-status")).ToContainTextAsync("Révoqué");
        await Expect(row.GetByTestId("revoke")).ToHaveCountAsync(0);
        using var refused = await anonymous.RequestTokenAsync(credential, "calendar.read");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task An_admin_adds_a_partner_after_the_field_error_of_a_wrong_country()
    {
        var name = "Hôpital " + Api.RandomName();
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.admin");
        await page.GoAsync("/partners");
        await page.Locator("#f-name").FillAsync(name);
        await page.Locator("#f-kind").SelectOptionAsync("hospital");
        await page.Locator("#f-country").FillAsync("Maroc");
        await page.GetByTestId("create-partner").ClickAsync();

        // The country's rule is the service's: this error is its 400, shown under the field.
        await Expect(page.Locator(".pn-field-error[data-field='country']")).ToContainTextAsync("ISO 3166-1");
        await page.Locator("#f-country").FillAsync("MA");
        await page.GetByTestId("create-partner").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(name);
        await Expect(page.GetByTestId("partner-facts")).ToContainTextAsync("Hôpital");
        await page.GoAsync("/partners");
        await Expect(page.GetByTestId("partners")).ToContainTextAsync(name);
    }

    [Fact]
    public async Task A_coordinator_accepts_a_referral_and_rejects_another_only_with_a_reason()
    {
        using var partner = await ReferringPartnerAsync();
        var accepted = await SendReferralAsync(partner, "asap");
        var rejected = await SendReferralAsync(partner, "routine");
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.coordinator");

        await page.GoAsync("/referrals");
        await Expect(Row(page, accepted.Id).GetByTestId("referral-status")).ToHaveTextAsync("Demandée");
        await Expect(Row(page, accepted.Id)).ToContainTextAsync("Au plus vite");
        await Expect(Row(page, rejected.Id)).ToBeVisibleAsync();
        await page.ScreenshotAsync("referrals-fr");

        await Row(page, accepted.Id).Locator("a").ClickAsync();
        await Expect(page.GetByTestId("referral-child")).ToContainTextAsync(accepted.ChildLastName);
        await Expect(page.GetByTestId("referral-start")).ToHaveCountAsync(0);
        await page.GetByTestId("referral-accept").ClickAsync();
        await Expect(page.GetByTestId("referral-state")).ToHaveTextAsync("Acceptée");
        await Expect(page.GetByTestId("referral-accept")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("reject-form")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("referral-start")).ToBeVisibleAsync();

        // The partner cancels while the page still offers "start": the service's 409 text is shown, then where it stands.
        using (var cancelled = await partner.PostAsJsonAsync($"/public/v1/referrals/{accepted.Id}/cancel", new { reason = "Family moved" }))
        {
            Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        }

        await page.GetByTestId("referral-start").ClickAsync();
        await Expect(page.GetByTestId("referral-message")).ToContainTextAsync("cannot become");
        await Expect(page.GetByTestId("referral-state")).ToHaveTextAsync("Annulée");
        await Expect(page.GetByTestId("referral-actions")).ToHaveCountAsync(0);

        await page.GoAsync($"/referrals/{rejected.Id}");
        await page.GetByTestId("referral-reject").ClickAsync();
        await Expect(page.Locator(".pn-field-error[data-field='reason']")).ToContainTextAsync("Indiquez le motif du refus");
        await Expect(page.GetByTestId("referral-state")).ToHaveTextAsync("Demandée");
        await page.Locator("#f-reason").FillAsync("Hors de notre région");
        await page.GetByTestId("referral-reject").ClickAsync();
        await Expect(page.GetByTestId("referral-state")).ToHaveTextAsync("Refusée");
        await Expect(page.GetByTestId("referral-history")).ToContainTextAsync("Hors de notre région");
        await Expect(page.GetByTestId("referral-actions")).ToHaveCountAsync(0);

        var seen = await partner.GetFromJsonAsync<System.Text.Json.JsonElement>($"/public/v1/referrals/{rejected.Id}");
        Assert.Equal("rejected", seen.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_referrals_inbox_in_Arabic_is_right_to_left()
    {
        var page = await chromium.OpenAsync(system, "ar");
        await page.SignInAsync(system, "hajar.coordinator");
        await page.GoAsync("/referrals");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("h1")).ToHaveTextAsync("الإحالات");
        await Expect(page.GetByTestId("referrals").Or(page.GetByTestId("no-referrals"))).ToBeVisibleAsync();
        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main')).direction"));
    }

    [Fact]
    public async Task A_volunteer_sees_the_partners_but_no_credential_actions()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var partnerId = await admin.CreatePartnerAsync();
        await admin.CreateCredentialAsync(partnerId, "calendar.read");
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.volunteer");

        await page.GoAsync("/partners");
        await Expect(page.GetByTestId("partners")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("partner-form")).ToHaveCountAsync(0);
        await Expect(page.Locator("a[href='/referrals']")).ToHaveCountAsync(0);

        await page.GoAsync($"/partners/{partnerId}");
        await Expect(page.GetByTestId("partner-facts")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("credentials-admins-only")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("credential-form")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("credentials")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("revoke")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_admin_opening_another_association_s_partner_is_offered_no_credential_actions()
    {
        using var amal = await system.SignInAsync("amal.admin");
        var partnerId = await amal.CreatePartnerAsync();
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.admin");

        await page.GoAsync($"/partners/{partnerId}");
        await Expect(page.GetByTestId("partner-facts")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("credentials-not-managed")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("credential-form")).ToHaveCountAsync(0);
    }

    private sealed record SentReferral(Guid Id, string ChildLastName);

    private static ILocator Row(IPage page, Guid referralId) => page.Locator($"[data-testid='referral'][data-referral-id='{referralId}']");

    /// <summary>A partner of Hajar as its own system calls the partner API: with a token of a credential that may send and follow referrals.</summary>
    private async Task<HttpClient> ReferringPartnerAsync()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var anonymous = system.Anonymous();
        var partnerId = await admin.CreatePartnerAsync();
        var credential = await admin.CreateCredentialAsync(partnerId, "referrals.write", "referrals.read");
        return system.AsPartner(await anonymous.TokenAsync(credential));
    }

    private static async Task<SentReferral> SendReferralAsync(HttpClient partner, string urgency)
    {
        var body = PartnerReferrals.NewReferral(urgency: urgency);
        using var sent = await partner.PostAsJsonAsync("/public/v1/referrals", body);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        return new SentReferral((Guid)body["id"]!, (string)((dynamic)body["child"]!).lastName);
    }
}
