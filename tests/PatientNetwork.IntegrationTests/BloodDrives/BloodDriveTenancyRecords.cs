using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Generated;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.BloodDrives;

/// <summary>
/// Blood drives' records for the generated tenancy suite: a Hajar drive on a draft event (the public paths must not find
/// it either) and a Hajar vehicle, each tried with AMAL's token.
/// </summary>
public static class BloodDriveTenancyRecords
{
    public static async Task<IReadOnlyList<TenantRecord>> SeedAsync(PatientNetworkFixture system)
    {
        using var hajar = await system.SignInAsync("hajar.admin");
        var drive = await hajar.OpenDriveAsync(draft: true);
        using var vehicle = await hajar.PostAsJsonAsync("/api/events/blood-drives/vehicles", new { label = $"Tenancy van {Api.RandomName()}", seats = 4, driverLogin = "hajar.driver" });
        Assert.Equal(HttpStatusCode.Created, vehicle.StatusCode);
        var body = await vehicle.JsonAsync();
        var vehicleId = body.GetProperty("id").GetGuid();
        return
        [
            new(drive.Id, drive.Hospital, ["/api/events/blood-drives", "/public/v1/blood-drives"], "hajar.admin", "amal.admin", $"/api/events/blood-drives/{drive.Id}"),
            new(vehicleId, body.GetProperty("label").GetString()!, ["/api/events/blood-drives/vehicles"], "hajar.admin", "amal.admin", $"/api/events/blood-drives/vehicles/{vehicleId}"),
        ];
    }
}
