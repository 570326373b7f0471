using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PatientNetwork.IntegrationTests.Funding;
using PatientNetwork.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace PatientNetwork.IntegrationTests.Donations;

[Collection(SystemCollection.Name)]
public sealed class ReceiptTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task Receipt_numbers_are_unique_and_gapless_under_50_concurrent_donations()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var donor = (await coordinator.CreateDonorAsync()).GetProperty("id").GetGuid();
        var year = Random.Shared.Next(2001, 2099);
        var day = new DateOnly(year, 6, 15);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            using var client = await system.SignInAsync("hajar.coordinator");
            using var response = await client.GiveAsync(donor, 1_000 + i, receivedOn: day);
            return (response.StatusCode, Body: await response.JsonAsync());
        }));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var numbers = results.Select(r => r.Body.GetProperty("receiptNumber").GetString()!).ToList();
        Assert.Equal(50, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.Matches($"^HAJAR-{year}-\\d{{6}}$", n));

        // Every receipt of that year, whoever else wrote some: numbers 1..N with none missing.
        var sequences = new List<int>();
        for (var page = 1; ; page++)
        {
            var receipts = await coordinator.GetFromJsonAsync<JsonElement>($"/api/funding/receipts?year={year}&page={page}&pageSize=100");
            sequences.AddRange(receipts.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("sequence").GetInt32()));
            if (sequences.Count >= receipts.GetProperty("totalCount").GetInt32())
            {
                break;
            }
        }

        Assert.Equal(Enumerable.Range(1, sequences.Count), sequences);
        await system.AssertLedgerReconcilesAsync();
    }

    [Fact]
    public async Task The_annual_receipt_equals_the_sum_of_that_year_s_gifts_and_asked_twice_at_once_is_one_receipt()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var donor = (await coordinator.CreateDonorAsync()).GetProperty("id").GetGuid();
        var year = Random.Shared.Next(2001, 2099);
        await coordinator.GiftAsync(donor, 50_000, receivedOn: new DateOnly(year, 1, 10));
        await coordinator.GiftAsync(donor, 25_050, method: "cash", receivedOn: new DateOnly(year, 7, 1));
        await coordinator.GiftAsync(donor, 120_000, method: "in-kind", receivedOn: new DateOnly(year, 12, 31));
        var refunded = await coordinator.GiftAsync(donor, 9_999, receivedOn: new DateOnly(year, 3, 3));
        await coordinator.GiftAsync(donor, 7_000, receivedOn: new DateOnly(year + 1, 1, 1));
        using (var refund = ClaimsApi.Post($"/api/funding/donations/{refunded.GetProperty("id").GetGuid()}/refund", new { reason = "Chèque sans provision" }, Guid.NewGuid().ToString()))
        using (var refundResponse = await admin.SendAsync(refund))
        {
            Assert.Equal(HttpStatusCode.OK, refundResponse.StatusCode);
            Assert.Equal("refunded", (await refundResponse.JsonAsync()).GetProperty("status").GetString());
        }

        var refundedReceipt = await coordinator.GetFromJsonAsync<JsonElement>($"/api/funding/receipts/{refunded.GetProperty("receiptId").GetGuid()}");
        Assert.Equal("cancelled", refundedReceipt.GetProperty("status").GetString());

        var both = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var client = await system.SignInAsync("hajar.coordinator");
            using var response = await client.PostAsJsonAsync("/api/funding/receipts/annual", new { donorId = donor, year });
            return (response.StatusCode, Body: await response.JsonAsync());
        }));
        Assert.Contains(both, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(both, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK));
        Assert.Single(both.Select(r => r.Body.GetProperty("number").GetString()).Distinct());
        var annual = both[0].Body;
        Assert.Equal(50_000 + 25_050 + 120_000, annual.GetProperty("amountCentimes").GetInt64());
        Assert.Equal(3, annual.GetProperty("gifts").GetInt32());
        var annualReceipts = await coordinator.GetFromJsonAsync<JsonElement>($"/api/funding/receipts?year={year}&donorId={donor}");
        Assert.Single(annualReceipts.GetProperty("items").EnumerateArray(), r => r.GetProperty("kind").GetString() == "annual");
        await system.AssertLedgerReconcilesAsync();
    }

    [Fact]
    public async Task The_receipt_PDF_reads_back_with_its_number_amount_and_donor_name_and_a_reissue_keeps_the_number_marked_duplicata()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var name = DonationsApi.RandomDonorName();
        var donor = (await coordinator.CreateDonorAsync(name: name)).GetProperty("id").GetGuid();
        var gift = await coordinator.GiftAsync(donor, 123_456_78, method: "cheque");
        var receiptId = gift.GetProperty("receiptId").GetGuid();
        var number = gift.GetProperty("receiptNumber").GetString()!;

        var text = await PdfTextAsync(coordinator, receiptId);
        // HarfBuzz shapes Latin with its standard ligatures too: a name with "fl" or "fi" reads back with the ligature's
        // one character (U+FB02), and PdfPig gives the Arabic as presentation forms in visual (left-to-right) order:
        // "وصل تبرع" comes back as "عﺮﺒﺗ ﻞﺻو". Unicode normalisation (NFKC) maps both back to their letters.
        var normalised = text.Normalize(System.Text.NormalizationForm.FormKC);
        Assert.Contains(number, text);
        Assert.Contains("123 456,78 MAD", text);
        Assert.Contains(name, normalised);
        Assert.Contains("Association Hajar", text);
        Assert.DoesNotContain("DUPLICATA", text);
        Assert.Contains(new string("وصل تبرع".Reverse().ToArray()), normalised);

        using var reissue = await coordinator.PostAsync($"/api/funding/receipts/{receiptId}/reissue", null);
        Assert.Equal(HttpStatusCode.OK, reissue.StatusCode);
        var duplicate = await PdfTextAsync(coordinator, receiptId);
        Assert.Contains("DUPLICATA", duplicate);
        Assert.Contains(number, duplicate);
    }

    [Fact]
    public async Task Bad_gifts_are_refused_with_field_errors_and_nothing_is_written()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var donor = (await coordinator.CreateDonorAsync()).GetProperty("id").GetGuid();

        using var negative = await coordinator.GiveAsync(donor, -500);
        using var dollars = await coordinator.GiveAsync(donor, 500, currency: "USD");
        using var chequeWithoutNumber = await coordinator.SendAsync(ClaimsApi.Post("/api/funding/donations", new { donorId = donor, method = "cheque", amountCentimes = 500 }, Guid.NewGuid().ToString()));
        using var noKey = await coordinator.PostAsJsonAsync("/api/funding/donations", new { donorId = donor, method = "cash", amountCentimes = 500 });
        using var otherDonor = await coordinator.GiveAsync(Guid.NewGuid(), 500);

        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.True((await negative.JsonAsync()).GetProperty("errors").TryGetProperty("amountCentimes", out _));
        Assert.Equal(HttpStatusCode.BadRequest, dollars.StatusCode);
        Assert.True((await dollars.JsonAsync()).GetProperty("errors").TryGetProperty("currency", out _));
        Assert.Equal(HttpStatusCode.BadRequest, chequeWithoutNumber.StatusCode);
        Assert.True((await chequeWithoutNumber.JsonAsync()).GetProperty("errors").TryGetProperty("chequeNumber", out _));
        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
        Assert.True((await noKey.JsonAsync()).GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
        Assert.Equal(HttpStatusCode.BadRequest, otherDonor.StatusCode);

        await using var db = new NpgsqlConnection(system.ConnectionString("fundingdb"));
        await db.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT (SELECT count(*) FROM donations WHERE donor_id = $1) + (SELECT count(*) FROM receipts WHERE donor_id = $1)", db) { Parameters = { new() { Value = donor } } };
        Assert.Equal(0L, (long)(await query.ExecuteScalarAsync())!);

        // The same key twice at once records one gift with one receipt.
        var key = Guid.NewGuid().ToString();
        var twice = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var client = await system.SignInAsync("hajar.coordinator");
            using var response = await client.GiveAsync(donor, 4_200, key: key);
            return (response.StatusCode, Body: await response.JsonAsync());
        }));
        Assert.Single(twice.Select(r => r.Body.GetProperty("receiptNumber").GetString()).Distinct());
        Assert.Equal(1L, (long)(await query.ExecuteScalarAsync())! / 2);
    }

    private static async Task<string> PdfTextAsync(HttpClient staff, Guid receiptId)
    {
        using var response = await staff.GetAsync($"/api/funding/receipts/{receiptId}/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(bytes);
        return string.Join("\n", pdf.GetPages().Select(p => p.Text));
    }
}
