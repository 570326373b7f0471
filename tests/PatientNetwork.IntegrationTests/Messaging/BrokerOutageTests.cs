using System.Net;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Messaging;

[Collection(SystemCollection.Name)]
public sealed class BrokerOutageTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task An_event_written_while_RabbitMQ_is_stopped_is_delivered_after_it_comes_back()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        Guid patientId;

        await system.StopAsync(PatientNetworkFixture.Broker);
        try
        {
            patientId = await staff.RegisterPatientAsync(Api.NewPatient());
            await Task.Delay(TimeSpan.FromSeconds(3));
            using var during = await staff.GetAsync($"/api/funding/coverage-accounts/{patientId}");
            Assert.Equal(HttpStatusCode.NotFound, during.StatusCode);
        }
        finally
        {
            await system.StartAsync(PatientNetworkFixture.Broker);
        }

        await Eventually.Until(
            () => staff.GetAsync($"/api/funding/coverage-accounts/{patientId}"),
            response => response.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(120),
            "the coverage account after the broker came back");

        var recovery = System.Diagnostics.Stopwatch.StartNew();
        foreach (var service in new[] { "registry", "funding", "events", "partnerships" })
        {
            using var probe = new HttpClient { BaseAddress = system.ServiceUrl(service) };
            await Eventually.Until(
                () => probe.GetStringAsync("/health"),
                status => status == "Healthy",
                TimeSpan.FromSeconds(180),
                $"{service} to be healthy again (every consumer reconnected)");
        }

        Console.WriteLine($"All services healthy {recovery.Elapsed.TotalSeconds:0} s after the first delivery");
    }
}
