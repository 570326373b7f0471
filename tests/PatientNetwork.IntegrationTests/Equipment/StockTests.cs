using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Funding;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Equipment;

[Collection(SystemCollection.Name)]
public sealed class StockTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_chair_bought_from_a_fund_debits_that_fund_by_its_price_once_however_often_the_request_is_sent()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var programmeId = await admin.CreateFundedProgrammeAsync(1_000_000);
        var typeId = await admin.CreateTypeAsync();
        var locationId = await admin.CreateLocationAsync("fes-meknes");
        var bankBefore = await BankAsync(admin);
        var key = Guid.NewGuid().ToString();
        var purchase = new { typeId, size = "L", serialNumber = $"FRA-{Api.RandomName()}", locationId, source = "purchase", valueCentimes = 650_000, currency = "MAD", programmeId };

        using var first = await admin.EnterAsync(purchase, key);
        using var retry = await admin.EnterAsync(purchase, key);
        using var byCoordinator = await coordinator.EnterAsync(purchase, Guid.NewGuid().ToString());
        using var overdrawn = await admin.EnterAsync(new { typeId, size = "L", serialNumber = $"FRA-{Api.RandomName()}", locationId, source = "purchase", valueCentimes = 400_000, currency = "MAD", programmeId });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var item = await first.JsonAsync();
        Assert.Equal(item.GetProperty("id").GetGuid(), (await retry.JsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, overdrawn.StatusCode);
        var fund = await admin.FundAsync(programmeId);
        Assert.Equal(1_000_000 - 650_000, fund.GetProperty("balance").GetInt64());
        Assert.Equal(bankBefore - 650_000, await BankAsync(admin));
        var transaction = await admin.GetFromJsonAsync<JsonElement>($"/api/funding/ledger/transactions/{item.GetProperty("ledgerTransactionId").GetGuid()}");
        Assert.Contains(transaction.GetProperty("postings").EnumerateArray(), p => p.GetProperty("accountId").GetGuid() == fund.GetProperty("id").GetGuid()
            && p.GetProperty("side").GetString() == "debit" && p.GetProperty("amount").GetInt64() == 650_000);
        Assert.Equal("in-stock", item.GetProperty("status").GetString());
        await system.AssertLedgerReconcilesAsync();
    }

    [Fact]
    public async Task A_chair_given_in_kind_enters_stock_at_its_value_without_a_ledger_posting_and_a_serial_number_is_taken_once()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var typeId = await coordinator.CreateTypeAsync();
        var locationId = await coordinator.CreateLocationAsync();
        var serial = $"FRA-{Api.RandomName()}";

        using var given = await coordinator.EnterAsync(EquipmentClient.InKind(typeId, locationId, serial, 380_000));
        using var twice = await coordinator.EnterAsync(EquipmentClient.InKind(typeId, locationId, serial, 380_000));
        using var wrongSize = await coordinator.EnterAsync(new { typeId, size = "XXL", serialNumber = $"FRA-{Api.RandomName()}", locationId, source = "in-kind", valueCentimes = 1, currency = "MAD" });
        using var negative = await coordinator.EnterAsync(new { typeId, size = "M", serialNumber = $"FRA-{Api.RandomName()}", locationId, source = "in-kind", valueCentimes = -5, currency = "EUR" });
        using var withoutKey = await coordinator.PostAsJsonAsync("/api/funding/equipment/items", EquipmentClient.InKind(typeId, locationId));

        Assert.Equal(HttpStatusCode.Created, given.StatusCode);
        var item = await given.JsonAsync();
        Assert.Equal(380_000, item.GetProperty("valueCentimes").GetInt64());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("ledgerTransactionId").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongSize.StatusCode);
        Assert.Contains("size", await wrongSize.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        var errors = (await negative.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("valueCentimes", out _) && errors.TryGetProperty("currency", out _), errors.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, withoutKey.StatusCode);
        var stock = await coordinator.GetFromJsonAsync<JsonElement>($"/api/funding/equipment/items?locationId={locationId}&status=in-stock");
        Assert.Equal(1, stock.GetProperty("totalCount").GetInt32());
        using var unknownStatus = await coordinator.GetAsync("/api/funding/equipment/items?status=lost");
        Assert.Equal(HttpStatusCode.BadRequest, unknownStatus.StatusCode);
    }

    [Fact]
    public async Task Maintenance_follows_the_allowed_moves_and_a_disallowed_one_is_a_conflict_naming_the_status()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var chairId = (await coordinator.ChairAsync()).GetProperty("id").GetGuid();

        using var repair = await Maintain(coordinator, chairId, "send-to-repair", "Frein à régler");
        using var retireFromRepair = await Maintain(coordinator, chairId, "retire", "Châssis fissuré");
        using var repairedAfterRetire = await Maintain(coordinator, chairId, "repaired", "Essai");

        Assert.Equal(HttpStatusCode.OK, repair.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retireFromRepair.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, repairedAfterRetire.StatusCode);
        Assert.Contains("retired", await repairedAfterRetire.Content.ReadAsStringAsync());
        var item = await coordinator.GetFromJsonAsync<JsonElement>($"/api/funding/equipment/items/{chairId}");
        Assert.Equal("retired", item.GetProperty("status").GetString());
        Assert.Equal(["Frein à régler", "Châssis fissuré"], item.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("note").GetString()));
    }

    [Fact]
    public async Task The_reports_count_chairs_by_region_and_status_and_children_waiting_by_region()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var typeName = $"Fauteuil {Api.RandomName()}";
        var typeId = await coordinator.CreateTypeAsync(typeName);
        var locationId = await coordinator.CreateLocationAsync("rabat-sale-kenitra");
        for (var i = 0; i < 3; i++)
        {
            using var entered = await coordinator.EnterAsync(EquipmentClient.InKind(typeId, locationId));
            Assert.Equal(HttpStatusCode.Created, entered.StatusCode);
        }

        var waiting = await coordinator.WaitingTotalAsync("rabat-sale-kenitra");
        await coordinator.ChildAsync(region: "rabat-sale-kenitra");

        var stock = Encoding.UTF8.GetString(await coordinator.GetByteArrayAsync("/api/funding/equipment/reports/stock/export"));
        var children = Encoding.UTF8.GetString(await coordinator.GetByteArrayAsync("/api/funding/equipment/reports/waiting/export"));

        Assert.Contains($"\"rabat-sale-kenitra\",\"{typeName}\",\"in-stock\",\"3\"", stock);
        Assert.StartsWith("\uFEFF\"region\",\"children_waiting\"", children);
        Assert.Contains($"\"rabat-sale-kenitra\",\"{waiting + 1}\",", children);
    }

    private static async Task<HttpResponseMessage> Maintain(HttpClient staff, Guid itemId, string action, string note) =>
        await staff.PostAsJsonAsync($"/api/funding/equipment/items/{itemId}/maintenance", new { action, note });

    private static async Task<long> BankAsync(HttpClient admin)
    {
        var accounts = await admin.GetFromJsonAsync<JsonElement>("/api/funding/ledger/accounts");
        return accounts.EnumerateArray().Where(a => a.GetProperty("code").GetString() == "bank").Select(a => a.GetProperty("balance").GetInt64()).SingleOrDefault();
    }
}
