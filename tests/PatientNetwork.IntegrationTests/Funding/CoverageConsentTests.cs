using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.Contracts;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Funding;

[Collection(SystemCollection.Name)]
public sealed class CoverageConsentTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task Withdrawing_medicine_funding_consent_suspends_the_coverage_and_giving_it_again_reactivates_it()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var patientId = await staff.RegisterPatientAsync(FundingApi.PatientConsentingToFunding());
        var opened = await staff.AccountAsync(patientId);
        Assert.Equal("active", opened.Status());

        await staff.RecordConsentAsync(patientId, "medicine-funding", given: false);
        var suspended = await staff.AccountWhenAsync(patientId, a => a.Status() == "suspended", "the account to be suspended");

        Assert.Equal("no medicine-funding consent", suspended.GetProperty("statusReason").GetString());
        Assert.True(suspended.GetProperty("statusSince").GetDateTimeOffset() > opened.GetProperty("statusSince").GetDateTimeOffset());
        Assert.Contains(patientId, FundingApi.PatientIdsOf(await staff.GetFromJsonAsync<JsonElement>("/api/funding/coverage-accounts?status=suspended&sort=-openedAt&pageSize=100")));

        await staff.RecordConsentAsync(patientId, "medicine-funding", given: true);
        var reactivated = await staff.AccountWhenAsync(patientId, a => a.Status() == "active", "the account to be active again");

        Assert.Equal(JsonValueKind.Null, reactivated.GetProperty("statusReason").ValueKind);
        Assert.True(reactivated.GetProperty("statusSince").GetDateTimeOffset() > suspended.GetProperty("statusSince").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_patient_registered_without_medicine_funding_consent_gets_a_suspended_account_until_it_is_given()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var patientId = await staff.RegisterPatientAsync(Api.NewPatient());

        var opened = await staff.AccountAsync(patientId);
        Assert.Equal("suspended", opened.Status());
        Assert.Equal("no medicine-funding consent", opened.GetProperty("statusReason").GetString());

        await staff.RecordConsentAsync(patientId, "medicine-funding", given: true);
        await staff.AccountWhenAsync(patientId, a => a.Status() == "active", "the account to be active once consent is given");
    }

    [Fact]
    public async Task A_withdrawal_that_overtakes_the_registration_opens_the_account_suspended_and_an_older_consent_delivered_late_changes_nothing()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var bus = system.Bus;
        var patientId = Guid.NewGuid();
        // Whole milliseconds: PostgreSQL keeps microseconds, and the test compares what it sent with what it reads back.
        var registeredAt = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var withdrawn = new ConsentWithdrawn(Guid.NewGuid(), registeredAt.AddMinutes(2), patientId, "hajar", ConsentPurposes.MedicineFunding);
        var olderGiven = new ConsentGiven(Guid.NewGuid(), registeredAt.AddMinutes(1), patientId, "hajar", ConsentPurposes.MedicineFunding, "primary-immunodeficiency", "casablanca-settat");
        var registered = new PatientRegistered(Guid.NewGuid(), registeredAt, patientId, "hajar", null, "primary-immunodeficiency", "casablanca-settat", ConsentsToStatistics: false);

        await bus.PublishEventAsync(withdrawn);
        await bus.PublishEventAsync(withdrawn);
        await system.WaitUntilFundingHandledAsync(withdrawn.EventId);
        await bus.PublishEventAsync(registered);
        var account = await staff.AccountAsync(patientId);

        Assert.Equal("suspended", account.Status());
        Assert.Equal(withdrawn.OccurredAt, account.GetProperty("statusSince").GetDateTimeOffset());

        await bus.PublishEventAsync(olderGiven);
        await system.WaitUntilFundingHandledAsync(olderGiven.EventId);
        Assert.Equal("suspended", (await staff.AccountAsync(patientId)).Status());

        var newerGiven = olderGiven with { EventId = Guid.NewGuid(), OccurredAt = registeredAt.AddMinutes(3) };
        await bus.PublishEventAsync(newerGiven);
        var reactivated = await staff.AccountWhenAsync(patientId, a => a.Status() == "active", "the newer consent to reactivate the account");
        Assert.Equal(newerGiven.OccurredAt, reactivated.GetProperty("statusSince").GetDateTimeOffset());
    }

    [Fact]
    public async Task Withdrawing_consent_for_another_purpose_leaves_the_coverage_active()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var bus = system.Bus;
        var patientId = await staff.RegisterPatientAsync(FundingApi.PatientConsentingToFunding());
        await staff.AccountAsync(patientId);
        var statisticsWithdrawn = new ConsentWithdrawn(Guid.NewGuid(), DateTimeOffset.UtcNow, patientId, "hajar", ConsentPurposes.Statistics);

        await bus.PublishEventAsync(statisticsWithdrawn);
        await system.WaitUntilFundingHandledAsync(statisticsWithdrawn.EventId);

        Assert.Equal("active", (await staff.AccountAsync(patientId)).Status());
    }
}
