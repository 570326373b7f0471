using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Npgsql;
using PatientNetwork.Contracts;
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

    /// <summary>Publishes as the Registry's outbox does: the message id is the event id, which consumers deduplicate on.</summary>
    public static Task PublishEventAsync<T>(this IBus bus, T message)
        where T : class, IIntegrationEvent =>
        bus.Publish(message, context => context.MessageId = message.EventId);

    /// <summary>Waits for Funding's inbox row of the event: the message was consumed and its transaction committed.</summary>
    public static Task WaitUntilFundingHandledAsync(this PatientNetworkFixture system, Guid eventId) =>
        Eventually.Until(() => HandledByFundingAsync(system, eventId), handled => handled, Delivery, $"Funding to handle event {eventId}");

    private static async Task<bool> HandledByFundingAsync(PatientNetworkFixture system, Guid eventId)
    {
        await using var db = new NpgsqlConnection(system.ConnectionString("fundingdb"));
        await db.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT count(*) FROM inbox_messages WHERE event_id = $1", db) { Parameters = { new() { Value = eventId } } };
        return (long)(await query.ExecuteScalarAsync())! > 0;
    }
}
