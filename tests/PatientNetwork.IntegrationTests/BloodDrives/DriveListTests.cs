using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.BloodDrives;

/// <summary>The staff list of drives: the branch's own, every branch's for association-wide staff, nobody else's.</summary>
[Collection(SystemCollection.Name)]
public sealed class DriveListTests(PatientNetworkFixture system)
{
    private const string Latest = "/api/events/blood-drives?sort=-startsAt&pageSize=100";

    [Fact]
    public async Task Drives_are_listed_to_their_branch_and_association_wide_staff_only()
    {
        using var coordinator = await system.SignInAsync(BloodDriveSetup.Coordinator);
        // Further ahead than any other test's drive, so it is on the first page sorted latest first.
        var drive = await coordinator.OpenDriveAsync(daysAhead: 950);

        var own = await ListAsync(coordinator);
        var listed = Assert.Single(own, d => d.GetProperty("id").GetGuid() == drive.Id);
        Assert.Equal(drive.Hospital, listed.GetProperty("hospital").GetString());
        Assert.Equal(1, listed.GetProperty("sites").GetInt32());
        Assert.Equal("published", listed.GetProperty("status").GetString());
        using var association = await system.SignInAsync("amal.admin");
        Assert.Contains(await ListAsync(association), d => d.GetProperty("id").GetGuid() == drive.Id);
        foreach (var outsider in new[] { "amal.marrakech", "hajar.admin" })
        {
            using var other = await system.SignInAsync(outsider);
            Assert.DoesNotContain(await ListAsync(other), d => d.GetProperty("id").GetGuid() == drive.Id);
        }
    }

    [Theory]
    [InlineData("sort=hospital", "sort")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task A_bad_page_or_sort_is_a_400_naming_the_field(string query, string field)
    {
        using var coordinator = await system.SignInAsync(BloodDriveSetup.Coordinator);

        using var response = await coordinator.GetAsync($"/api/events/blood-drives?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    private static async Task<List<JsonElement>> ListAsync(HttpClient staff) =>
        [.. (await staff.GetFromJsonAsync<JsonElement>(Latest)).GetProperty("items").EnumerateArray()];
}
