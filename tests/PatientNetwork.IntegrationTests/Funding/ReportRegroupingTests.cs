using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PatientNetwork.Contracts;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Funding;

/// <summary>The reports group claims by the patient's region and diagnosis group as the Registry last changed them.</summary>
[Collection(SystemCollection.Name)]
public sealed class ReportRegroupingTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_patients_move_to_another_region_and_diagnosis_group_moves_their_claims_in_the_report_and_an_older_update_is_ignored()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var programmeId = await admin.CreateFundedProgrammeAsync(1_000_000);
        var patientId = Guid.NewGuid();
        var registeredAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        await system.Bus.PublishEventAsync(new PatientRegistered(Guid.NewGuid(), registeredAt, patientId, "hajar", null, "primary-immunodeficiency", "casablanca-settat", false, ConsentsToMedicineFunding: true));
        await coordinator.AccountAsync(patientId);
        var claim = await coordinator.ClaimInReviewAsync(admin, ClaimsApi.Claim(patientId, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 10_000, ClaimsApi.Today)]));
        using (var approved = await admin.ApproveAsync(claim))
        {
            approved.EnsureSuccessStatusCode();
        }

        Assert.Equal(("casablanca-settat", "primary-immunodeficiency"), await ReportGroupAsync(admin, programmeId));

        var moved = new PatientUpdated(Guid.NewGuid(), registeredAt.AddMinutes(5), patientId, "hajar", null, "autoinflammatory", "rabat-sale-kenitra", "alive");
        await system.Bus.PublishEventAsync(moved);
        await RegroupedAsync(system, moved.EventId);
        Assert.Equal(("rabat-sale-kenitra", "autoinflammatory"), await ReportGroupAsync(admin, programmeId));

        // Made before the move, delivered after it (another queue): it must not move the patient back.
        var older = moved with { EventId = Guid.NewGuid(), OccurredAt = registeredAt.AddMinutes(2), RegionCode = "fes-meknes", DiagnosisGroup = "primary-immunodeficiency" };
        await system.Bus.PublishEventAsync(older);
        await system.Bus.PublishEventAsync(moved);
        await RegroupedAsync(system, older.EventId);
        Assert.Equal(("rabat-sale-kenitra", "autoinflammatory"), await ReportGroupAsync(admin, programmeId));
        await system.AssertLedgerReconcilesAsync();
    }

    /// <summary>Waits for the regrouping consumer's own inbox row (Equipment's consumer of the same event may be first).</summary>
    internal static Task<bool> RegroupedAsync(PatientNetworkFixture system, Guid eventId) =>
        Eventually.Until(async () =>
        {
            await using var db = new NpgsqlConnection(system.ConnectionString("fundingdb"));
            await db.OpenAsync();
            await using var query = new NpgsqlCommand("SELECT count(*) FROM inbox_messages WHERE event_id = $1 AND consumer = 'RegroupCoverageWhenPatientUpdated'", db) { Parameters = { new() { Value = eventId } } };
            return (long)(await query.ExecuteScalarAsync())! > 0;
        }, handled => handled, FundingApi.Delivery, $"Funding to regroup after event {eventId}");

    internal static async Task<(string?, string?)> ReportGroupAsync(HttpClient admin, Guid programmeId)
    {
        var report = await admin.GetFromJsonAsync<JsonElement>($"/api/funding/reports/programmes/{programmeId}?year={ClaimsApi.Today.Year}");
        var row = Assert.Single(report.GetProperty("rows").EnumerateArray());
        return (row.GetProperty("regionCode").GetString(), row.GetProperty("diagnosisGroup").GetString());
    }
}
