using PatientNetwork.IntegrationTests.Donations;
using PatientNetwork.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Browser;

/// <summary>The gift screens as a treasurer uses them: a donor entered twice, a gift with its numbered receipt as PDF, a campaign's progress.</summary>
[Collection(SystemCollection.Name)]
public sealed class DonationsBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task A_coordinator_records_a_donor_and_a_gift_and_downloads_its_numbered_receipt()
    {
        var name = "Toy Triangle " + Api.RandomName();
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.coordinator");

        await AddDonorAsync(page, name);
        await Expect(page.Locator("h1")).ToHaveTextAsync(name);
        var donorUrl = page.Url;

        await AddDonorAsync(page, name);
        await Expect(page.GetByTestId("donor-duplicate-warning")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("donor-candidate")).ToContainTextAsync("nom proche");
        await page.GotoAsync(donorUrl);
        await page.WaitUntilInteractiveAsync();

        await page.Locator("#f-method").SelectOptionAsync("cheque");
        await page.Locator("#f-amountCentimes").FillAsync("1 250,50");
        await page.Locator("#f-chequeNumber").FillAsync("0012345");
        await page.GetByTestId("record-gift").ClickAsync();

        await Expect(page.GetByTestId("gift-recorded")).ToContainTextAsync("HAJAR-");
        var gift = page.GetByTestId("gifts").Locator("tbody tr");
        await Expect(gift).ToHaveCountAsync(1);
        await Expect(gift).ToContainTextAsync("250,50 MAD");
        await page.ScreenshotAsync("donor-gift-fr");

        var receiptHref = await page.GetByTestId("receipt-link").GetAttributeAsync("href");
        var pdf = await page.APIRequest.GetAsync(receiptHref!);
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]));
    }

    [Fact]
    public async Task An_admin_opens_a_campaign_and_a_gift_to_it_shows_in_its_progress()
    {
        var campaign = "Unité de greffe DIP " + Api.RandomName();
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.admin");
        await page.GoAsync("/donations/campaigns");
        await page.Locator("#f-name").FillAsync(campaign);
        await page.Locator("#f-goalCentimes").FillAsync("2000000");
        await page.Locator("#f-startsOn").FillAsync("2026-01-01");
        await page.Locator("#f-endsOn").FillAsync("2027-12-31");
        await page.GetByTestId("create-campaign").ClickAsync();
        var card = page.GetByTestId("campaign").Filter(new() { HasText = campaign });
        await Expect(card.GetByTestId("campaign-progress")).ToContainTextAsync("0 %");

        await AddDonorAsync(page, "Famille " + Api.RandomName());
        await page.Locator("#f-amountCentimes").FillAsync("500000");
        await page.Locator("#f-campaignId").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = campaign });
        await page.GetByTestId("record-gift").ClickAsync();
        await Expect(page.GetByTestId("gift-recorded")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("gifts")).ToContainTextAsync(campaign);

        await page.GoAsync("/donations/campaigns");
        await Expect(card.GetByTestId("campaign-progress")).ToContainTextAsync("25 %");
        await page.ScreenshotAsync("campaigns-fr");
    }

    [Fact]
    public async Task A_volunteer_sees_donors_without_their_contact_details_and_no_gift_form()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var phone = $"06{Random.Shared.Next(10000000, 99999999)}";
        var donor = await coordinator.CreateDonorAsync(phone: phone);
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.volunteer");
        await page.GoAsync($"/donations/donors/{donor.GetProperty("id").GetString()}");

        await Expect(page.GetByTestId("contacts-hidden")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("gift-form")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("donor-facts")).Not.ToContainTextAsync(phone);
    }

    private static async Task AddDonorAsync(Microsoft.Playwright.IPage page, string name)
    {
        await page.GoAsync("/donations/donors/new");
        await page.Locator("#f-name").FillAsync(name);
        await page.GetByTestId("create-donor").ClickAsync();
        await page.Locator("h1").Filter(new() { HasText = name }).Or(page.GetByTestId("donor-duplicate-warning")).WaitForAsync();
    }
}
