using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using PatientNetwork.Contracts;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Funding;

[Collection(SystemCollection.Name)]
public sealed class CoverageMergeTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task Merging_two_patients_closes_the_duplicate_account_pointing_to_the_survivor_and_lists_it_only_as_closed()
    {
        using var staff = await system.SignInAsync("hajar.admin");
        var survivorId = await staff.RegisterPatientAsync(FundingApi.PatientConsentingToFunding());
        var duplicateId = await staff.RegisterPatientAsync(FundingApi.PatientConsentingToFunding());
        await staff.AccountAsync(survivorId);
        await staff.AccountAsync(duplicateId);

        using var merge = await staff.PostAsJsonAsync($"/api/registry/patients/{survivorId}/merge",
            new { duplicateId, reason = "Same child registered twice, confirmed with the mother" });
        Assert.Equal(System.Net.HttpStatusCode.OK, merge.StatusCode);

        var closed = await staff.AccountWhenAsync(duplicateId, a => a.Status() == "closed", "the duplicate's account to be closed");
        Assert.Equal(duplicateId, closed.GetProperty("patientId").GetGuid());
        Assert.Equal(survivorId, closed.GetProperty("mergedIntoPatientId").GetGuid());
        Assert.Equal("patient record merged into another", closed.GetProperty("statusReason").GetString());
        Assert.Equal("active", (await staff.AccountAsync(survivorId)).Status());

        var open = FundingApi.PatientIdsOf(await staff.GetFromJsonAsync<JsonElement>("/api/funding/coverage-accounts?sort=-openedAt&pageSize=100")).ToList();
        var closedList = FundingApi.PatientIdsOf(await staff.GetFromJsonAsync<JsonElement>("/api/funding/coverage-accounts?status=closed&sort=-openedAt&pageSize=100")).ToList();
        Assert.Contains(survivorId, open);
        Assert.DoesNotContain(duplicateId, open);
        Assert.Contains(duplicateId, closedList);
        Assert.DoesNotContain(survivorId, closedList);
    }

    [Fact]
    public async Task A_survivor_without_an_account_takes_over_the_duplicate_account_and_the_old_id_still_finds_it()
    {
        using var staff = await system.SignInAsync("hajar.admin");
        var bus = system.Bus;
        var duplicateId = await staff.RegisterPatientAsync(FundingApi.PatientConsentingToFunding());
        var opened = await staff.AccountAsync(duplicateId);
        // A survivor Funding never heard of, such as a record registered before Funding followed registrations.
        var survivorId = Guid.NewGuid();
        var merged = new PatientsMerged(Guid.NewGuid(), DateTimeOffset.UtcNow, survivorId, duplicateId, "hajar");

        await bus.Publish(merged, context => context.MessageId = merged.EventId);
        await bus.Publish(merged, context => context.MessageId = merged.EventId);

        var taken = await staff.AccountAsync(survivorId);
        Assert.Equal(opened.GetProperty("id").GetGuid(), taken.GetProperty("id").GetGuid());
        Assert.Equal(survivorId, taken.GetProperty("patientId").GetGuid());
        Assert.Equal("active", taken.Status());
        Assert.Equal([duplicateId], taken.GetProperty("formerPatientIds").EnumerateArray().Select(id => id.GetGuid()));
        var byOldId = await staff.AccountAsync(duplicateId);
        Assert.Equal(survivorId, byOldId.GetProperty("patientId").GetGuid());
    }

    [Fact]
    public async Task A_registration_arriving_after_its_merge_opens_the_account_closed_and_pointing_to_the_survivor()
    {
        using var staff = await system.SignInAsync("hajar.admin");
        var bus = system.Bus;
        var survivorId = await staff.RegisterPatientAsync(FundingApi.PatientConsentingToFunding());
        await staff.AccountAsync(survivorId);
        var duplicateId = Guid.NewGuid();

        await MergeThenRegisterDuplicateAsync(bus, survivorId, duplicateId);

        var closed = await staff.AccountWhenAsync(duplicateId, a => a.Status() == "closed", "the late duplicate's account to open closed");
        Assert.Equal(duplicateId, closed.GetProperty("patientId").GetGuid());
        Assert.Equal(survivorId, closed.GetProperty("mergedIntoPatientId").GetGuid());
        Assert.Equal("active", (await staff.AccountAsync(survivorId)).Status());
    }

    [Fact]
    public async Task When_neither_registration_came_before_the_merge_the_person_ends_with_one_account_under_the_survivor()
    {
        using var staff = await system.SignInAsync("hajar.admin");
        var bus = system.Bus;
        var survivorId = Guid.NewGuid();
        var duplicateId = Guid.NewGuid();

        await MergeThenRegisterDuplicateAsync(bus, survivorId, duplicateId);
        var taken = await staff.AccountAsync(survivorId);
        var survivorRegistration = Registration(survivorId, DateTimeOffset.UtcNow.AddMinutes(-10));
        await bus.PublishEventAsync(survivorRegistration);
        await system.WaitUntilFundingHandledAsync(survivorRegistration.EventId);

        Assert.Equal(survivorId, taken.GetProperty("patientId").GetGuid());
        Assert.Equal([duplicateId], taken.GetProperty("formerPatientIds").EnumerateArray().Select(id => id.GetGuid()));
        var accounts = FundingApi.PatientIdsOf(await staff.GetFromJsonAsync<JsonElement>("/api/funding/coverage-accounts?sort=-openedAt&pageSize=100")).ToList();
        Assert.Single(accounts, id => id == survivorId);
        Assert.DoesNotContain(duplicateId, accounts);
    }

    /// <summary>Each event has its own queue: the merge can be acted on before the duplicate's registration.</summary>
    private async Task MergeThenRegisterDuplicateAsync(IBus bus, Guid survivorId, Guid duplicateId)
    {
        var merged = new PatientsMerged(Guid.NewGuid(), DateTimeOffset.UtcNow, survivorId, duplicateId, "hajar");
        await bus.PublishEventAsync(merged);
        await system.WaitUntilFundingHandledAsync(merged.EventId);
        await bus.PublishEventAsync(Registration(duplicateId, merged.OccurredAt.AddMinutes(-5)));
    }

    private static PatientRegistered Registration(Guid patientId, DateTimeOffset at) =>
        new(Guid.NewGuid(), at, patientId, "hajar", null, "primary-immunodeficiency", "casablanca-settat", ConsentsToStatistics: true, ConsentsToMedicineFunding: true);
}
