using FluentValidation;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Messaging;
using PatientNetwork.Persistence;

namespace PatientNetwork.Events.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EventsDbContext>("eventsdb");
        builder.AddMessaging<EventsDbContext>("events");
        builder.Services.AddValidatorsFromAssemblyContaining<EventsApi>();
        return builder;
    }
}
