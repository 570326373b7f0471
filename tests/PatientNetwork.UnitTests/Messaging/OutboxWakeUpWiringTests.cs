using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Messaging;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.Persistence;

namespace PatientNetwork.UnitTests.Messaging;

public sealed class OutboxWakeUpWiringTests
{
    [Fact]
    public void A_service_database_with_messaging_wakes_the_relay_when_it_saves()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:eventsdb"] = "Host=127.0.0.1;Database=eventsdb;Username=events;Password=unused",
            ["ConnectionStrings:messaging"] = "amqp://guest:guest@127.0.0.1:5672/",
        });
        builder.AddServiceDatabase<EventsDbContext>("eventsdb");
        builder.AddMessaging<EventsDbContext>("events");

        using var services = builder.Services.BuildServiceProvider();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();

        var interceptors = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors ?? [];
        Assert.Contains(interceptors, interceptor => interceptor is OutboxSignalInterceptor);
        Assert.Contains(interceptors, interceptor => interceptor is OutboxSignalInterceptor.OutboxCommitInterceptor);
    }
}
