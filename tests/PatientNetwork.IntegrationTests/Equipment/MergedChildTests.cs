using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Funding;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Equipment;

/// <summary>Two Registry records of one child, merged: the child waits once, keeps the earlier place, and keeps their chair.</summary>
[Collection(SystemCollection.Name)]
public sealed class MergedChildTests(PatientNetworkFixture system)
{
    private const string Region = "guelmim-oued-noun";

    [Fact]
    public async Task A_merged_record_leaves_the_waiting_list_and_the_survivor_keeps_the_earlier_place()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var first = await coordinator.ChildAsync(region: Region);
        var second = await coordinator.ChildAsync(region: Region);
        var firstSince = await WaitingSinceAsync(coordinator, first);
        Assert.True(firstSince < await WaitingSinceAsync(coordinator, second));

        await MergeAsync(coordinator, survivor: second, duplicate: first);

        await coordinator.WaitingAsync(first, expected: false);
        Assert.Equal(firstSince, await WaitingSinceAsync(coordinator, second));
    }

    [Fact]
    public async Task A_chair_handed_to_the_merged_record_follows_the_child_to_the_surviving_one()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var merged = await coordinator.ChildAsync(region: Region);
        var survivor = await coordinator.ChildAsync(region: Region);
        var chair = await coordinator.ChairAsync(Region);
        var assignment = await coordinator.AssignedAsync(chair.GetProperty("id").GetGuid(), merged);

        await MergeAsync(coordinator, survivor, merged);

        await Eventually.Until(
            async () => (await coordinator.GetFromJsonAsync<JsonElement>($"/api/funding/equipment/assignments?patientId={survivor}")).GetProperty("items")
                .EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList(),
            ids => ids.Contains(assignment.GetProperty("id").GetGuid()), FundingApi.Delivery, "the chair to follow the child to the surviving record");
        // The survivor now has the chair: off the waiting list, like any child with one.
        await coordinator.WaitingAsync(survivor, expected: false);
        var underMerged = await coordinator.GetFromJsonAsync<JsonElement>($"/api/funding/equipment/assignments?patientId={merged}");
        Assert.Equal(0, underMerged.GetProperty("totalCount").GetInt32());
    }

    private static async Task<DateTimeOffset> WaitingSinceAsync(HttpClient staff, Guid patientId)
    {
        var page = await staff.GetFromJsonAsync<JsonElement>($"/api/funding/equipment/waiting-list?patientId={patientId}");
        return page.GetProperty("items")[0].GetProperty("waitingSince").GetDateTimeOffset();
    }

    private static async Task MergeAsync(HttpClient staff, Guid survivor, Guid duplicate)
    {
        using var response = await staff.PostAsJsonAsync($"/api/registry/patients/{survivor}/merge", new { duplicateId = duplicate, reason = "The same child registered twice by two volunteers." });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
