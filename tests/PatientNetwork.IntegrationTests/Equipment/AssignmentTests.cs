using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PatientNetwork.IntegrationTests.Funding;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Equipment;

[Collection(SystemCollection.Name)]
public sealed class AssignmentTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_chair_asked_for_twenty_children_at_once_goes_to_exactly_one()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var chairId = (await coordinator.ChairAsync()).GetProperty("id").GetGuid();
        var children = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            children.Add(await coordinator.ChildAsync());
        }

        using var start = new SemaphoreSlim(0);
        var attempts = children.Select(async child =>
        {
            await start.WaitAsync();
            using var response = await coordinator.AssignAsync(chairId, child);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        start.Release(children.Count);
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, o => o.StatusCode == HttpStatusCode.Created);
        Assert.All(outcomes.Where(o => o.StatusCode != HttpStatusCode.Created), o =>
        {
            Assert.Equal(HttpStatusCode.Conflict, o.StatusCode);
            Assert.Contains("assigned", o.Body);
        });
        var open = await coordinator.GetFromJsonAsync<JsonElement>($"/api/funding/equipment/assignments?itemId={chairId}&open=true");
        Assert.Equal(1, open.GetProperty("totalCount").GetInt32());
        Assert.Equal("assigned", await coordinator.StatusOfAsync(chairId));
        var winner = open.GetProperty("items")[0].GetProperty("patientId").GetGuid();
        Assert.False(await coordinator.IsWaitingAsync(winner));
        Assert.Equal(19, (await Task.WhenAll(children.Where(c => c != winner).Select(coordinator.IsWaitingAsync))).Count(waiting => waiting));
    }

    [Fact]
    public async Task The_waiting_list_empties_as_chairs_are_assigned_and_fills_again_when_one_comes_back()
    {
        const string region = "souss-massa";
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var before = await coordinator.WaitingTotalAsync(region);
        var children = new[] { await coordinator.ChildAsync(region: region), await coordinator.ChildAsync("bedridden", region), await coordinator.ChildAsync("walking-aid", region) };
        Assert.Equal(before + 3, await coordinator.WaitingTotalAsync(region));
        var list = await coordinator.GetFromJsonAsync<JsonElement>($"/api/funding/equipment/waiting-list?regionCode={region}&pageSize=100");
        var since = list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("waitingSince").GetDateTimeOffset()).ToList();
        Assert.Equal(since.Order(), since);

        var assignments = new List<Guid>();
        foreach (var child in children)
        {
            var chairId = (await coordinator.ChairAsync(region)).GetProperty("id").GetGuid();
            assignments.Add((await coordinator.AssignedAsync(chairId, child)).GetProperty("id").GetGuid());
            Assert.False(await coordinator.IsWaitingAsync(child));
        }

        Assert.Equal(before, await coordinator.WaitingTotalAsync(region));

        using var returned = await coordinator.PostAsJsonAsync($"/api/funding/equipment/assignments/{assignments[0]}/return", new { needsRepair = true, note = "Roue cassée" });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var itemId = (await returned.JsonAsync()).GetProperty("itemId").GetGuid();
        Assert.Equal("in-repair", await coordinator.StatusOfAsync(itemId));
        Assert.True(await coordinator.IsWaitingAsync(children[0]));
        using var again = await coordinator.PostAsJsonAsync($"/api/funding/equipment/assignments/{assignments[0]}/return", new { needsRepair = false });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task A_patient_of_another_association_or_without_a_mobility_need_gets_no_chair_and_nothing_is_written()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var amal = await system.SignInAsync("amal.admin");
        var chairId = (await coordinator.ChairAsync()).GetProperty("id").GetGuid();
        var amalChild = await amal.ChildAsync(region: "casablanca-settat");
        var noNeed = await coordinator.ChildAsync("none");

        using var otherAssociation = await coordinator.AssignAsync(chairId, amalChild);
        // 400 until Funding has the registration of the child without a need, then the refusal of the need itself.
        using var withoutNeed = await Eventually.Until(
            () => coordinator.AssignAsync(chairId, noNeed), r => r.StatusCode != HttpStatusCode.BadRequest, FundingApi.Delivery, "the child without a need known to Funding");
        using var noGuardian = await coordinator.PostAsJsonAsync($"/api/funding/equipment/items/{chairId}/assignments", new { patientId = noNeed });

        Assert.Equal(HttpStatusCode.BadRequest, otherAssociation.StatusCode);
        Assert.Contains("patientId", await otherAssociation.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, withoutNeed.StatusCode);
        Assert.Contains("no mobility need", await withoutNeed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noGuardian.StatusCode);
        var problem = await noGuardian.JsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty("guardianName", out _), problem.ToString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("acknowledgedAt", out _), problem.ToString());
        Assert.Equal("in-stock", await coordinator.StatusOfAsync(chairId));
        var any = await coordinator.GetFromJsonAsync<JsonElement>($"/api/funding/equipment/assignments?itemId={chairId}");
        Assert.Equal(0, any.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_volunteer_reads_an_assignment_without_the_guardian_s_name_which_is_not_in_the_database_in_clear()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var volunteer = await system.SignInAsync("hajar.volunteer");
        var chairId = (await coordinator.ChairAsync()).GetProperty("id").GetGuid();
        var child = await coordinator.ChildAsync();
        var guardian = $"Khadija {Api.RandomName()}";
        var assignment = await coordinator.AssignedAsync(chairId, child, guardian);
        var id = assignment.GetProperty("id").GetGuid();
        Assert.Equal(guardian, assignment.GetProperty("guardianName").GetString());
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(12), DateOnly.Parse(assignment.GetProperty("reviewOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture));

        var asVolunteer = await volunteer.GetStringAsync($"/api/funding/equipment/assignments/{id}");
        var listAsVolunteer = await volunteer.GetStringAsync($"/api/funding/equipment/assignments?patientId={child}");
        using var volunteerAssigns = await volunteer.AssignAsync((await coordinator.ChairAsync()).GetProperty("id").GetGuid(), child);

        Assert.DoesNotContain(guardian, asVolunteer);
        Assert.Contains(child.ToString(), asVolunteer);
        Assert.DoesNotContain(guardian, listAsVolunteer);
        Assert.Equal(HttpStatusCode.Forbidden, volunteerAssigns.StatusCode);
        Assert.Equal(guardian, (await coordinator.GetFromJsonAsync<JsonElement>($"/api/funding/equipment/assignments/{id}")).GetProperty("guardianName").GetString());
        await using var db = new NpgsqlConnection(system.ConnectionString("fundingdb"));
        await db.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT row_to_json(a)::text FROM equipment_assignments a WHERE id = $1", db) { Parameters = { new() { Value = id } } };
        var row = (string?)await query.ExecuteScalarAsync();
        Assert.NotNull(row);
        Assert.DoesNotContain(guardian.Split(' ')[1], row);
    }
}
