using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PatientNetwork.IntegrationTests.Agreements;
using PatientNetwork.IntegrationTests.Infrastructure;
using PatientNetwork.IntegrationTests.Partnerships;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Browser;

/// <summary>
/// The partner page's agreements: an admin drafts one (the form's errors in French), edits it, gives it contacts and its
/// signed PDF, activates it, finds it among the renewals and terminates it; a coordinator reads without the forms;
/// the referrals inbox filtered by urgency.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class AgreementsBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly byte[] SignedPdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"u8.ToArray();

    [Fact]
    public async Task An_admin_drafts_edits_and_activates_an_agreement_that_shows_on_the_partner_page_and_in_the_renewals()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var partnerId = await admin.CreatePartnerAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var title = "Convention ASID " + Api.RandomName();
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.admin");
        await page.GoAsync($"/partners/{partnerId}");
        await Expect(page.GetByTestId("no-agreements")).ToBeVisibleAsync();

        await page.GetByTestId("agreement-save").ClickAsync();
        await Expect(page.Locator(".pn-field-error[data-field='title']")).ToHaveTextAsync("Obligatoire.");
        await Expect(page.Locator(".pn-field-error[data-field='startsOn']")).ToHaveTextAsync("Obligatoire.");
        await page.Locator("#f-title").FillAsync(title);
        await page.Locator("#f-startsOn").FillAsync(Iso(today));
        await page.Locator("#f-endsOn").FillAsync(Iso(today.AddDays(-1)));
        await page.GetByTestId("agreement-save").ClickAsync();
        await Expect(page.Locator(".pn-field-error[data-field='endsOn']")).ToHaveTextAsync("La convention ne peut pas se terminer avant de commencer.");
        await Expect(page.GetByTestId("agreement")).ToHaveCountAsync(0);

        await page.Locator("#f-agreement-kind").SelectOptionAsync("medical-society");
        await page.Locator("#f-endsOn").FillAsync(Iso(today.AddDays(30)));
        await page.Locator("#f-agreement-scope-statistics\\.read").CheckAsync();
        await page.GetByTestId("agreement-save").ClickAsync();
        var row = page.GetByTestId("agreement");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByTestId("agreement-status")).ToHaveTextAsync("Brouillon");
        await Expect(row).ToContainTextAsync("Société savante");
        await Expect(page.GetByTestId("agreement-state")).ToHaveTextAsync("Brouillon");
        var agreementId = Guid.Parse((await row.GetAttributeAsync("data-agreement-id"))!);

        await page.GetByTestId("agreement-edit").ClickAsync();
        await Expect(page.Locator("#f-title")).ToHaveValueAsync(title);
        title += " (révisée)";
        await page.Locator("#f-title").FillAsync(title);
        await page.Locator("#f-agreement-scope-calendar\\.read").CheckAsync();
        await page.GetByTestId("agreement-save").ClickAsync();
        await Expect(row).ToContainTextAsync(title);
        await Expect(page.Locator("#agreement-title")).ToHaveTextAsync(title);
        await Expect(page.GetByTestId("agreement-detail")).ToContainTextAsync("calendar.read, statistics.read");

        await page.GetByTestId("contact-add").ClickAsync();
        await page.Locator("#f-contacts-0--name").FillAsync("Dr Salma Bennani");
        await page.Locator("#f-contacts-0--role").FillAsync("Présidente");
        await page.GetByTestId("contacts-save").ClickAsync();
        await Expect(page.Locator(".pn-field-error[data-field='contacts[0].email']")).ToHaveTextAsync("Indiquez un e-mail ou un numéro de téléphone.");
        await page.Locator("#f-contacts-0--phone").FillAsync("+212 522 000 111");
        await page.GetByTestId("contacts-save").ClickAsync();
        await Expect(page.GetByTestId("agreement-contacts")).ToContainTextAsync("Dr Salma Bennani");

        await page.Locator("#f-agreement-document").SetInputFilesAsync(new FilePayload { Name = "scan.pdf", MimeType = "application/pdf", Buffer = "GIF89a"u8.ToArray() });
        await Expect(page.Locator(".pn-field-error[data-field='contentBase64']")).ToHaveTextAsync("Ce fichier n’est pas un PDF.");
        await page.Locator("#f-agreement-document").SetInputFilesAsync(new FilePayload { Name = "asid-signee.pdf", MimeType = "application/pdf", Buffer = SignedPdf });
        await Expect(page.GetByTestId("agreement-document")).ToContainTextAsync("asid-signee.pdf");
        var download = await page.APIRequest.GetAsync((await page.GetByTestId("agreement-download").GetAttributeAsync("href"))!);
        Assert.Equal(200, download.Status);
        Assert.Equal("application/pdf", download.Headers["content-type"]);
        Assert.Equal(SignedPdf, await download.BodyAsync());

        await page.GetByTestId("agreement-activate").ClickAsync();
        await Expect(page.GetByTestId("agreement-state")).ToHaveTextAsync("Active");
        await Expect(row.GetByTestId("agreement-status")).ToHaveTextAsync("Active");
        await Expect(page.GetByTestId("agreement-edit")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("terminate-form")).ToBeVisibleAsync();
        // The list and the activated agreement's terms, rather than the forms below them.
        await page.Locator("#agreements-title").EvaluateAsync("title => window.scrollTo(0, title.getBoundingClientRect().top + window.scrollY - 80)");
        await page.ScreenshotAsync("agreements-fr");

        // Ending within 60 days, it gets a reminder from the renewal job (every second in tests).
        await Eventually.Until(() => admin.GetStringAsync("/api/partnerships/agreements/renewals?pageSize=100"),
            body => body.Contains(agreementId.ToString(), StringComparison.Ordinal), TimeSpan.FromSeconds(30), "the agreement's renewal reminder");
        await page.GoAsync("/partners");
        await page.GetByTestId("renewals-link").ClickAsync();
        await page.WaitUntilInteractiveAsync();
        var renewal = page.Locator($"[data-testid='renewal'][data-agreement-id='{agreementId}']").First;
        await Expect(renewal).ToContainTextAsync(title);
        await Expect(renewal).ToContainTextAsync("60 jours avant");

        await renewal.Locator("a").ClickAsync();
        await page.WaitUntilInteractiveAsync();
        await page.GetByTestId("agreement-open").ClickAsync();
        await page.GetByTestId("agreement-terminate").ClickAsync();
        await Expect(page.Locator(".pn-field-error[data-field='reason']")).ToHaveTextAsync("Indiquez le motif de la résiliation.");
        await page.Locator("#f-reason").FillAsync("La société a fusionné");
        await page.GetByTestId("agreement-terminate").ClickAsync();
        await Expect(page.GetByTestId("agreement-state")).ToHaveTextAsync("Résiliée");
        await Expect(page.GetByTestId("agreement-detail")).ToContainTextAsync("La société a fusionné");
        var stored = await admin.GetFromJsonAsync<JsonElement>($"/api/partnerships/partners/{partnerId}/agreements/{agreementId}");
        Assert.Equal("terminated", stored.GetProperty("status").GetString());
        Assert.Equal("medical-society", stored.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_coordinator_reads_a_partner_s_agreements_and_renewals_without_the_forms()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var partnerId = await admin.CreatePartnerAsync();
        var agreementId = await admin.CreateActiveAgreementAsync(partnerId, ["calendar.read"], endsOn: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10));
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.coordinator");

        await page.GoAsync($"/partners/{partnerId}");
        await Expect(page.GetByTestId("agreement").GetByTestId("agreement-status")).ToHaveTextAsync("Active");
        await Expect(page.GetByTestId("agreement-form")).ToHaveCountAsync(0);
        await page.GetByTestId("agreement-open").ClickAsync();
        await Expect(page.GetByTestId("agreement-detail")).ToContainTextAsync("calendar.read");
        await Expect(page.GetByTestId("agreement-no-contacts")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("agreement-actions")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("terminate-form")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("contacts-form")).ToHaveCountAsync(0);
        await Expect(page.Locator("#f-agreement-document")).ToHaveCountAsync(0);

        await Eventually.Until(() => admin.GetStringAsync("/api/partnerships/agreements/renewals?pageSize=100"),
            body => body.Contains(agreementId.ToString(), StringComparison.Ordinal), TimeSpan.FromSeconds(30), "the agreement's renewal reminder");
        await page.GoAsync("/partners/renewals");
        await Expect(page.Locator($"[data-testid='renewal'][data-agreement-id='{agreementId}']").Filter(new() { HasText = "14 jours avant" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_volunteer_reads_a_partner_s_agreements_without_contacts_or_the_signed_pdf()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var partnerId = await admin.CreatePartnerAsync();
        await admin.CreateAgreementAsync(partnerId, ["statistics.read"], contacts: [new { name = "Dr Hidden", role = "Chef de service", email = "x@example.org", phone = (string?)null }]);
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.volunteer");

        await page.GoAsync($"/partners/{partnerId}");
        await page.GetByTestId("agreement-open").ClickAsync();
        await Expect(page.GetByTestId("agreement-contacts-hidden")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("agreement-form")).ToHaveCountAsync(0);
        Assert.DoesNotContain("Dr Hidden", await page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_referrals_inbox_filtered_by_urgency_shows_only_that_urgency()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var anonymous = system.Anonymous();
        var credential = await admin.CreateCredentialAsync(await admin.CreatePartnerAsync(), "referrals.write");
        using var partner = system.AsPartner(await anonymous.TokenAsync(credential));
        var asap = await ReferralUrgencyFilterTests.SendAsync(partner, "asap");
        var routine = await ReferralUrgencyFilterTests.SendAsync(partner, "routine");
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.coordinator");

        await page.GoAsync("/referrals");
        await page.Locator("#f-referral-urgency").SelectOptionAsync("asap");
        await page.GetByTestId("referral-filter").ClickAsync();

        await Expect(page.Locator($"[data-testid='referral'][data-referral-id='{asap}']")).ToContainTextAsync("Au plus vite");
        await Expect(page.Locator($"[data-testid='referral'][data-referral-id='{routine}']")).ToHaveCountAsync(0);
        Assert.DoesNotContain(await page.GetByTestId("referral").AllInnerTextsAsync(), text => text.Contains("Normale", StringComparison.Ordinal));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
