using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PatientNetwork.IntegrationTests.Browser;
using PatientNetwork.IntegrationTests.Donations;
using PatientNetwork.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Equipment;

/// <summary>The stock screen: a coordinator sets up the catalogue, enters a chair and sends it to repair and back; an admin buys one from a campaign's fund; a volunteer only reads.</summary>
[Collection(SystemCollection.Name)]
public sealed class StockBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task A_coordinator_creates_a_type_and_a_location_enters_a_chair_and_sends_it_to_repair_and_back()
    {
        var typeName = "Fauteuil enfant " + Api.RandomName();
        var locationName = "Dépôt Errachidia " + Api.RandomName();
        var serial = "ERR-" + Api.RandomName();
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.coordinator");
        await page.GoAsync("/equipment/stock");

        await page.Locator("#f-typeName").FillAsync(typeName);
        await page.Locator("#f-sizes").FillAsync("S, M");
        await page.GetByTestId("create-type").ClickAsync();
        await page.Locator("#f-locationName").FillAsync(locationName);
        await page.Locator("#f-regionCode").SelectOptionAsync(EquipmentScreens.Region);
        await page.GetByTestId("create-location").ClickAsync();
        await page.Locator("#f-typeId").SelectOptionAsync(new SelectOptionValue { Label = typeName });
        await page.Locator("#f-size").SelectOptionAsync("M");
        await page.Locator("#f-serialNumber").FillAsync(serial);
        await page.ChooseLocationAsync("#f-locationId", locationName);
        await page.Locator("#f-valueCentimes").FillAsync("4 500");
        await page.GetByTestId("enter-item").ClickAsync();
        // The association's first equipment opens its ledger accounts: on a loaded machine that takes more than the default 5 s.
        await Expect(page.GetByTestId("item-entered")).ToContainTextAsync(serial, new() { Timeout = 20_000 });

        await page.ShowLocationAsync(locationName);
        var row = page.GetByTestId("stock-item");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(serial);
        await Expect(row.GetByTestId("item-status")).ToHaveTextAsync("En stock");

        // In stock: to repair, retire or inspect; in repair, no second "to repair".
        await MaintainAsync(page, row, "send-to-repair", "Roue avant voilée", ["send-to-repair", "retire", "inspect"], "En réparation");
        await MaintainAsync(page, row, "repaired", "Roue changée", ["repaired", "retire", "inspect"], "En stock");
        await page.ScreenshotAsync("equipment-stock-fr");

        // The serial number is the association's: the same one again is refused, and the form says why.
        await page.Locator("#f-serialNumber").FillAsync(serial);
        await page.Locator("#f-valueCentimes").FillAsync("4 500");
        await page.GetByTestId("enter-item").ClickAsync();
        await Expect(page.GetByTestId("enter-item-form").Locator(".pn-error")).ToContainTextAsync(serial);

        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var item = (await coordinator.GetFromJsonAsync<JsonElement>("/api/funding/equipment/items?status=in-stock&pageSize=100"))
            .GetProperty("items").EnumerateArray().Single(i => i.GetProperty("serialNumber").GetString() == serial);
        var history = await coordinator.GetFromJsonAsync<JsonElement>($"/api/funding/equipment/items/{item.GetProperty("id").GetGuid()}");
        Assert.Equal(["in-repair", "in-stock"], history.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()));
        Assert.Equal(450_000, item.GetProperty("valueCentimes").GetInt64());
    }

    [Fact]
    public async Task An_admin_buys_a_chair_from_a_campaign_s_fund_which_the_ledger_debits_by_its_price_and_a_coordinator_is_not_offered_a_purchase()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var campaign = await admin.CreateCampaignAsync(5_000_000);
        var donor = await admin.CreateDonorAsync();
        await admin.GiftAsync(donor.GetProperty("id").GetGuid(), 1_000_000, campaign.GetProperty("id").GetGuid());
        var typeName = "Fauteuil enfant " + Api.RandomName();
        await admin.CreateTypeAsync(typeName);
        var locationName = "Dépôt Ouarzazate " + Api.RandomName();
        using (var location = await admin.PostAsJsonAsync("/api/funding/equipment/locations", new { name = locationName, regionCode = EquipmentScreens.Region }))
        {
            Assert.Equal(System.Net.HttpStatusCode.Created, location.StatusCode);
        }

        var serial = "OUA-" + Api.RandomName();
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.admin");
        await page.GoAsync("/equipment/stock");
        await page.Locator("#f-typeId").SelectOptionAsync(new SelectOptionValue { Label = typeName });
        await page.Locator("#f-size").SelectOptionAsync("L");
        await page.Locator("#f-serialNumber").FillAsync(serial);
        await page.ChooseLocationAsync("#f-locationId", locationName);
        await page.Locator("#f-source").SelectOptionAsync("purchase");
        await page.Locator("#f-valueCentimes").FillAsync("3 000");
        await page.Locator("#f-campaignId").SelectOptionAsync(new SelectOptionValue { Label = campaign.GetProperty("name").GetString()! });
        await page.GetByTestId("enter-item").ClickAsync();
        await Expect(page.GetByTestId("item-entered")).ToContainTextAsync(serial, new() { Timeout = 20_000 });

        // 10,000 MAD given to the campaign, 3,000 MAD paid from its fund for the chair.
        var fund = await admin.LedgerAccountAsync(campaign.GetProperty("fundAccountId").GetGuid());
        Assert.Equal(1_000_000 - 300_000, fund.GetProperty("creditsPosted").GetInt64() - fund.GetProperty("debitsPosted").GetInt64());
        var item = (await admin.GetFromJsonAsync<JsonElement>("/api/funding/equipment/items?status=in-stock&pageSize=100"))
            .GetProperty("items").EnumerateArray().Single(i => i.GetProperty("serialNumber").GetString() == serial);
        Assert.Equal(300_000, item.GetProperty("valueCentimes").GetInt64());

        var coordinatorPage = await chromium.OpenAsync(system, "fr");
        await coordinatorPage.SignInAsync(system, "hajar.coordinator");
        await coordinatorPage.GoAsync("/equipment/stock");
        await Expect(coordinatorPage.Locator("#f-source option")).ToHaveCountAsync(1);
        await Expect(coordinatorPage.Locator("#f-source option[value='purchase']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_volunteer_in_Arabic_sees_the_stock_but_no_form_to_change_it()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var chair = await coordinator.ChairAsync(EquipmentScreens.Region);
        var page = await chromium.OpenAsync(system, "ar");
        await page.SignInAsync(system, "hajar.volunteer");
        await page.GoAsync("/equipment/stock");

        await page.ShowLocationAsync(chair.GetProperty("locationName").GetString()!);

        var row = page.GetByTestId("stock-item");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(chair.GetProperty("serialNumber").GetString()!);
        await Expect(row.GetByTestId("item-status")).ToHaveTextAsync("في المخزون");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.GetByTestId("maintain")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("enter-item-form")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("type-form")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("location-form")).ToHaveCountAsync(0);
    }

    /// <summary>Opens the item's maintenance form, checks it offers exactly <paramref name="offered"/>, records <paramref name="action"/> and waits for the new status.</summary>
    private static async Task MaintainAsync(IPage page, ILocator row, string action, string note, string[] offered, string statusAfter)
    {
        await row.GetByTestId("maintain").ClickAsync();
        var actions = page.GetByTestId("maintenance-action").Locator("option");
        await Expect(actions).ToHaveCountAsync(offered.Length);
        Assert.Equal(offered, await actions.EvaluateAllAsync<string[]>("options => options.map(o => o.value)"));
        await page.GetByTestId("maintenance-action").SelectOptionAsync(action);
        await page.Locator("#f-note").FillAsync(note);
        await page.GetByTestId("record-maintenance").ClickAsync();
        await Expect(row.GetByTestId("item-status")).ToHaveTextAsync(statusAfter, new() { Timeout = 20_000 });
    }
}
