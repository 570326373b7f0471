using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using PatientNetwork.Contracts;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Funding;

/// <summary>What the Registry changes about a patient reaches the coverage account, even when it overtakes the registration.</summary>
[Collection(SystemCollection.Name)]
public sealed class PatientUpdateTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_date_of_birth_corrected_in_the_registry_moves_funding_s_check_of_medicine_dispensed_before_birth()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var programmeId = await admin.CreateFundedProgrammeAsync(0);
        var registeredBirth = ClaimsApi.Today.AddYears(-2);
        var patient = FundingApi.PatientConsentingToFunding();
        patient["dateOfBirth"] = Day(registeredBirth);
        var patientId = await coordinator.RegisterPatientAsync(patient);
        await coordinator.AccountAsync(patientId);
        var monthBeforeRegisteredBirth = ClaimsApi.Claim(patientId, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 10_000, registeredBirth.AddDays(-30))]);
        using (var before = await coordinator.PostAsJsonAsync("/api/funding/claims/simulation", monthBeforeRegisteredBirth))
        {
            Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        }

        var correctedBirth = registeredBirth.AddYears(-1);
        using (var corrected = await coordinator.PutAsJsonAsync($"/api/registry/patients/{patientId}/date-of-birth", new { dateOfBirth = Day(correctedBirth) }))
        {
            Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
            Assert.Equal(Day(correctedBirth), (await corrected.JsonAsync()).GetProperty("dateOfBirth").GetString());
        }

        using var accepted = await Eventually.Until(
            () => coordinator.PostAsJsonAsync("/api/funding/claims/simulation", monthBeforeRegisteredBirth),
            response => response.StatusCode == HttpStatusCode.OK,
            FundingApi.Delivery,
            "Funding to follow the corrected date of birth");
    }

    [Fact]
    public async Task A_date_of_birth_correction_after_the_date_of_death_is_a_field_error_and_changes_nothing()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var patient = Api.NewPatient();
        patient["vitalStatus"] = "deceased";
        patient["dateOfDeath"] = Day(ClaimsApi.Today.AddDays(-10));
        var patientId = await coordinator.RegisterPatientAsync(patient);

        using var refused = await coordinator.PutAsJsonAsync($"/api/registry/patients/{patientId}/date-of-birth", new { dateOfBirth = Day(ClaimsApi.Today.AddDays(-5)) });
        using var future = await coordinator.PutAsJsonAsync($"/api/registry/patients/{patientId}/date-of-birth", new { dateOfBirth = Day(ClaimsApi.Today.AddDays(5)) });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("dateOfBirth", out _));
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        var kept = await coordinator.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/registry/patients/{patientId}");
        Assert.Equal((string?)patient["dateOfBirth"], kept.GetProperty("dateOfBirth").GetString());
    }

    [Fact]
    public async Task An_update_that_overtakes_the_registration_is_kept_and_applied_when_the_account_opens()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var programmeId = await admin.CreateFundedProgrammeAsync(1_000_000);
        var patientId = Guid.NewGuid();
        var registeredAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        var registeredBirth = ClaimsApi.Today.AddYears(-1);
        var correctedBirth = ClaimsApi.Today.AddYears(-3);

        // Made after the registration, delivered before it (another queue).
        var update = new PatientUpdated(Guid.NewGuid(), registeredAt.AddMinutes(5), patientId, "hajar", null, "autoinflammatory", "rabat-sale-kenitra", "alive",
            null, correctedBirth, correctedBirth.Year, Guid.NewGuid());
        await system.Bus.PublishEventAsync(update);
        await ReportRegroupingTests.RegroupedAsync(system, update.EventId);
        await system.Bus.PublishEventAsync(new PatientRegistered(Guid.NewGuid(), registeredAt, patientId, "hajar", null, "primary-immunodeficiency", "casablanca-settat", false,
            ConsentsToMedicineFunding: true, DateOfBirth: registeredBirth, BirthYear: registeredBirth.Year, FamilyId: Guid.NewGuid()));
        await coordinator.AccountAsync(patientId);

        var betweenBirths = ClaimsApi.Today.AddYears(-2);
        using (var afterCorrectedBirth = await coordinator.PostAsJsonAsync("/api/funding/claims/simulation",
            ClaimsApi.Claim(patientId, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 10_000, betweenBirths)])))
        {
            Assert.Equal(HttpStatusCode.OK, afterCorrectedBirth.StatusCode);
        }

        using (var beforeCorrectedBirth = await coordinator.PostAsJsonAsync("/api/funding/claims/simulation",
            ClaimsApi.Claim(patientId, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 10_000, correctedBirth.AddDays(-1))])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, beforeCorrectedBirth.StatusCode);
        }

        var claim = await coordinator.ClaimInReviewAsync(admin, ClaimsApi.Claim(patientId, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 10_000, ClaimsApi.Today)]));
        using (var approved = await admin.ApproveAsync(claim))
        {
            approved.EnsureSuccessStatusCode();
        }

        Assert.Equal(("rabat-sale-kenitra", "autoinflammatory"), await ReportRegroupingTests.ReportGroupAsync(admin, programmeId));
        await system.AssertLedgerReconcilesAsync();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
