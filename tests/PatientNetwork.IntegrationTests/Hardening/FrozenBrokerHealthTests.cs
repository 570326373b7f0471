using System.Net;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Hardening;

[Collection(SystemCollection.Name)]
public sealed class FrozenBrokerHealthTests(PatientNetworkFixture system)
{
    /// <summary>
    /// A frozen broker keeps its sockets open, so nothing fails fast: the outbox relay's publish times
    /// out, and missed heartbeats close the bus connection. Either makes the service Degraded, and it
    /// keeps serving reads and writes; once the broker thaws, it is Healthy again and the event arrives.
    /// </summary>
    [Fact]
    public async Task A_frozen_broker_makes_a_service_Degraded_not_unready_and_Healthy_again_once_it_thaws()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        using var registryHealth = new HttpClient { BaseAddress = system.ServiceUrl("registry") };
        Guid patientId;

        var frozen = await system.FreezeAsync("rabbitmq");
        try
        {
            patientId = await staff.RegisterPatientAsync(Api.NewPatient());
            await Eventually.Until(
                () => HealthAsync(registryHealth),
                health => health == (HttpStatusCode.OK, "Degraded"),
                TimeSpan.FromSeconds(60),
                "registry to report Degraded while the broker is frozen");

            using var read = await staff.GetAsync($"/api/registry/patients/{patientId}");
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }
        finally
        {
            await frozen.DisposeAsync();
        }

        await Eventually.Until(
            () => HealthAsync(registryHealth),
            health => health == (HttpStatusCode.OK, "Healthy"),
            TimeSpan.FromSeconds(120),
            "registry to be Healthy again after the broker thawed");
        await Eventually.Until(
            () => staff.GetAsync($"/api/funding/coverage-accounts/{patientId}"),
            response => response.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(120),
            "the coverage account of the patient registered while the broker was frozen");
    }

    private static async Task<(HttpStatusCode, string)> HealthAsync(HttpClient service)
    {
        using var response = await service.GetAsync("/health");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
