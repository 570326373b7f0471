using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using PatientNetwork.Contracts;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Messaging;

[Collection(SystemCollection.Name)]
public sealed class IdempotentConsumerTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task The_same_event_delivered_twice_changes_nothing_the_second_time()
    {
        using var staff = await system.SignInAsync("hajar.admin");
        var bus = system.Bus;
        const string group = "primary-immunodeficiency";
        const string region = "laayoune-sakia-el-hamra";
        var accountsBefore = await AccountCountAsync(staff);
        var events = Enumerable.Range(0, 5)
            .Select(_ => new PatientRegistered(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), "hajar", null, group, region, true))
            .ToList();

        foreach (var registered in events)
        {
            await bus.Publish(registered, context => context.MessageId = registered.EventId);
            await bus.Publish(registered, context => context.MessageId = registered.EventId);
        }

        await Eventually.Until(() => staff.CountedAsync(group, region), count => count > 0, TimeSpan.FromSeconds(30), "the region's count");
        foreach (var registered in events)
        {
            await Eventually.Until(
                () => staff.GetAsync($"/api/funding/coverage-accounts/{registered.PatientId}"),
                response => response.StatusCode == HttpStatusCode.OK,
                TimeSpan.FromSeconds(30),
                "the coverage account");
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(5, await staff.CountedAsync(group, region));
        Assert.Equal(accountsBefore + 5, await AccountCountAsync(staff));
    }

    private static async Task<int> AccountCountAsync(HttpClient staff) =>
        (await staff.GetFromJsonAsync<JsonElement>("/api/funding/coverage-accounts?pageSize=1")).GetProperty("totalCount").GetInt32();
}
