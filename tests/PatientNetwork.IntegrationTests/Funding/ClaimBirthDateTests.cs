using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Funding;

/// <summary>Funding learns the date of birth from <c>PatientRegistered</c> and refuses medicine dispensed before it.</summary>
[Collection(SystemCollection.Name)]
public sealed class ClaimBirthDateTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_line_dispensed_before_the_patients_birth_is_a_field_error_on_that_line_and_nothing_is_saved()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var programmeId = await admin.CreateFundedProgrammeAsync(0);
        var born = ClaimsApi.Today.AddYears(-2);
        var patient = FundingApi.PatientConsentingToFunding();
        patient["dateOfBirth"] = born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var patientId = await coordinator.RegisterPatientAsync(patient);
        await coordinator.AccountAsync(patientId);

        var onBirthDay = ClaimsApi.Line("IgG", "J06BA02", 1, 10_000, born);
        var dayBefore = ClaimsApi.Line("IgG", "J06BA02", 1, 10_000, born.AddDays(-1));
        using var refused = await coordinator.PostAsJsonAsync("/api/funding/claims", ClaimsApi.Claim(patientId, programmeId, [onBirthDay, dayBefore]));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("lines[1].dispensedOn", out _), errors.ToString());
        Assert.False(errors.TryGetProperty("lines[0].dispensedOn", out _), errors.ToString());
        var none = await coordinator.GetFromJsonAsync<JsonElement>($"/api/funding/claims?patientId={patientId}");
        Assert.Equal(0, none.GetProperty("totalCount").GetInt32());

        using var simulated = await coordinator.PostAsJsonAsync("/api/funding/claims/simulation", ClaimsApi.Claim(patientId, programmeId, [dayBefore]));
        Assert.Equal(HttpStatusCode.BadRequest, simulated.StatusCode);
        Assert.True((await simulated.JsonAsync()).GetProperty("errors").TryGetProperty("lines[0].dispensedOn", out _));

        var invoice = $"B-{Guid.NewGuid():N}"[..20];
        var claimId = await coordinator.CreateClaimAsync(ClaimsApi.Claim(patientId, programmeId, [onBirthDay], invoice));
        using var edited = await coordinator.PutAsJsonAsync($"/api/funding/claims/{claimId}", ClaimsApi.Claim(patientId, programmeId, [dayBefore], invoice));
        Assert.Equal(HttpStatusCode.BadRequest, edited.StatusCode);
        Assert.True((await edited.JsonAsync()).GetProperty("errors").TryGetProperty("lines[0].dispensedOn", out _));
        var kept = await coordinator.ClaimAsync(claimId);
        Assert.Equal(born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), kept.GetProperty("lines")[0].GetProperty("dispensedOn").GetString());
    }
}
