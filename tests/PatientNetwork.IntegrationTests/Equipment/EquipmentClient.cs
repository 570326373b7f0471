using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Funding;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Equipment;

/// <summary>What the equipment tests do through the gateway, as the staff app would on a distribution day.</summary>
internal static class EquipmentClient
{
    public static async Task<Guid> CreateTypeAsync(this HttpClient staff, string? name = null)
    {
        using var response = await staff.PostAsJsonAsync("/api/funding/equipment/types", new { name = name ?? $"Fauteuil roulant adapté {Api.RandomName()}", sizes = new[] { "S", "M", "L" } });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> CreateLocationAsync(this HttpClient staff, string region = "beni-mellal-khenifra")
    {
        using var response = await staff.PostAsJsonAsync("/api/funding/equipment/locations", new { name = $"Dépôt {Api.RandomName()}", regionCode = region });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    public static async Task<HttpResponseMessage> EnterAsync(this HttpClient staff, object body, string? key = null)
    {
        using var request = ClaimsApi.Post("/api/funding/equipment/items", body, key ?? Guid.NewGuid().ToString());
        return await staff.SendAsync(request);
    }

    public static object InKind(Guid typeId, Guid locationId, string? serial = null, long value = 450_000) =>
        new { typeId, size = "M", serialNumber = serial ?? $"FRA-{Api.RandomName()}", locationId, source = "in-kind", valueCentimes = value, currency = "MAD" };

    /// <summary>A chair given in kind, in stock at a new location of <paramref name="region"/>.</summary>
    public static async Task<JsonElement> ChairAsync(this HttpClient staff, string region = "beni-mellal-khenifra")
    {
        var typeId = await staff.CreateTypeAsync();
        var locationId = await staff.CreateLocationAsync(region);
        using var response = await staff.EnterAsync(InKind(typeId, locationId));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    /// <summary>A child registered with this mobility need; with a need, returned once Funding has them on its waiting list.</summary>
    public static async Task<Guid> ChildAsync(this HttpClient staff, string need = "wheelchair", string region = "beni-mellal-khenifra")
    {
        // No statistics consent: these children must not move the public counts other tests assert on.
        var patient = Api.NewPatient(region: region, consents: false);
        patient["mobilityNeed"] = need;
        var patientId = await staff.RegisterPatientAsync(patient);
        if (need != "none")
        {
            await staff.WaitingAsync(patientId, expected: true);
        }

        return patientId;
    }

    /// <summary>Polls the waiting list until the child is (or is no longer) on it.</summary>
    public static Task<bool> WaitingAsync(this HttpClient staff, Guid patientId, bool expected) =>
        Eventually.Until(() => staff.IsWaitingAsync(patientId), waiting => waiting == expected, FundingApi.Delivery, $"child {patientId} {(expected ? "on" : "off")} the waiting list");

    public static async Task<bool> IsWaitingAsync(this HttpClient staff, Guid patientId)
    {
        var page = await staff.GetFromJsonAsync<JsonElement>($"/api/funding/equipment/waiting-list?patientId={patientId}");
        return page.GetProperty("items").EnumerateArray().Any(c => c.GetProperty("patientId").GetGuid() == patientId);
    }

    public static Task<HttpResponseMessage> AssignAsync(this HttpClient staff, Guid itemId, Guid patientId, string guardian = "Fatima Zahra") =>
        staff.PostAsJsonAsync($"/api/funding/equipment/items/{itemId}/assignments", new { patientId, guardianName = guardian, acknowledgedAt = DateTimeOffset.UtcNow });

    public static async Task<JsonElement> AssignedAsync(this HttpClient staff, Guid itemId, Guid patientId, string guardian = "Fatima Zahra")
    {
        using var response = await staff.AssignAsync(itemId, patientId, guardian);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    public static async Task<string?> StatusOfAsync(this HttpClient staff, Guid itemId) =>
        (await staff.GetFromJsonAsync<JsonElement>($"/api/funding/equipment/items/{itemId}")).GetProperty("status").GetString();

    public static async Task<int> WaitingTotalAsync(this HttpClient staff, string region) =>
        (await staff.GetFromJsonAsync<JsonElement>($"/api/funding/equipment/waiting-list?regionCode={region}")).GetProperty("totalCount").GetInt32();
}
