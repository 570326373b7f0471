using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Funding;

/// <summary>What the Funding tests do through the gateway, as a staff client would.</summary>
internal static class FundingApi
{
    public static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    /// <summary>A registration that also consents to medicine funding, so that withdrawing it is a change the Registry publishes.</summary>
    public static Dictionary<string, object?> PatientConsentingToFunding()
    {
        var patient = Api.NewPatient();
        patient["consents"] = new[]
        {
            new { purpose = "statistics", evidence = "signed registration form" },
            new { purpose = "medicine-funding", evidence = "signed registration form" },
        };
        return patient;
    }

    public static async Task<JsonElement> AccountAsync(this HttpClient staff, Guid patientId)
    {
        using var response = await Eventually.Until(
            () => staff.GetAsync($"/api/funding/coverage-accounts/{patientId}"),
            response => response.StatusCode == HttpStatusCode.OK,
            Delivery,
            $"the coverage account of {patientId}");
        return await response.JsonAsync();
    }

    /// <summary>Reads the account until <paramref name="done"/> holds (an event from the Registry has been acted on).</summary>
    public static Task<JsonElement> AccountWhenAsync(this HttpClient staff, Guid patientId, Func<JsonElement, bool> done, string what) =>
        Eventually.Until(
            async () =>
            {
                using var response = await staff.GetAsync($"/api/funding/coverage-accounts/{patientId}");
                return response.StatusCode == HttpStatusCode.OK ? await response.JsonAsync() : default;
            },
            account => account.ValueKind == JsonValueKind.Object && done(account),
            Delivery,
            what);

    public static string? Status(this JsonElement account) => account.GetProperty("status").GetString();

    public static async Task RecordConsentAsync(this HttpClient staff, Guid patientId, string purpose, bool given)
    {
        using var response = await staff.PostAsJsonAsync($"/api/registry/patients/{patientId}/consents",
            new { purpose, given, evidence = given ? "Consent form signed again at the clinic" : "Father's letter withdrawing consent" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(given, (await response.JsonAsync()).GetProperty(purpose).GetBoolean());
    }

    public static IEnumerable<Guid> PatientIdsOf(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("patientId").GetGuid());
}
