using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Equipment;

[Collection(SystemCollection.Name)]
public sealed class MobilityNeedTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_need_changed_in_the_Registry_takes_the_child_off_the_waiting_list_and_back_on()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var child = await coordinator.ChildAsync(region: "fes-meknes");

        await UpdateNeedAsync(coordinator, child, "none");
        await coordinator.WaitingAsync(child, expected: false);

        await UpdateNeedAsync(coordinator, child, "bedridden");
        await coordinator.WaitingAsync(child, expected: true);
    }

    private static async Task UpdateNeedAsync(HttpClient staff, Guid patientId, string need)
    {
        using var response = await staff.PutAsJsonAsync($"/api/registry/patients/{patientId}/care", new
        {
            diagnosisGroup = "primary-immunodeficiency",
            regionCode = "fes-meknes",
            mobilityNeed = need,
        });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
