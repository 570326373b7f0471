using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Registry;

[Collection(SystemCollection.Name)]
public sealed class MergeTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task Merging_a_duplicate_keeps_its_history_points_it_to_the_survivor_and_counts_the_person_once()
    {
        using var staff = await system.SignInAsync("amal.admin");
        const string group = "leukemia";
        const string region = "tanger-tetouan-al-hoceima";
        var others = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            others.Add(await staff.RegisterPatientAsync(Api.NewPatient(region, group)));
        }

        var survivor = Api.NewPatient(region, group);
        var survivorId = await staff.RegisterPatientAsync(survivor);
        var duplicate = Api.NewPatient(region, group);
        duplicate["diagnoses"] = new[] { new { orphaCode = "ORPHA:521", icd10 = "C92.1" } };
        duplicate["cin"] = $"BJ{Random.Shared.Next(100000, 999999)}";
        var duplicateId = await staff.RegisterPatientAsync(duplicate);
        await Eventually.Until(() => staff.CountedAsync(group, region), count => count == 6, TimeSpan.FromSeconds(30), "6 counted");

        using var response = await staff.PostAsJsonAsync($"/api/registry/patients/{survivorId}/merge",
            new { duplicateId, reason = "Same child registered twice by two branches, confirmed with the mother" });
        var merged = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ORPHA:521", merged.GetProperty("diagnoses")[0].GetProperty("orphaCode").GetString());
        Assert.Equal(duplicate["cin"], merged.GetProperty("identifiers").GetProperty("cin").GetString());
        var old = await staff.GetFromJsonAsync<JsonElement>($"/api/registry/patients/{duplicateId}");
        Assert.Equal(survivorId, old.GetProperty("mergedIntoId").GetGuid());
        var list = await staff.GetStringAsync($"/api/registry/patients?regionCode={region}&pageSize=100");
        Assert.DoesNotContain(duplicateId.ToString(), list, StringComparison.Ordinal);
        await Eventually.Until(() => staff.CountedAsync(group, region), count => count == 5, TimeSpan.FromSeconds(30), "the person to be counted once");

        using var again = await staff.PostAsJsonAsync($"/api/registry/patients/{survivorId}/merge", new { duplicateId, reason = "Trying to merge it a second time" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        using var changeMerged = await staff.PutAsJsonAsync($"/api/registry/patients/{duplicateId}/vital-status", new { vitalStatus = "lost-to-follow-up" });
        Assert.Equal(HttpStatusCode.BadRequest, changeMerged.StatusCode);
        Assert.Contains(survivorId.ToString(), await changeMerged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
