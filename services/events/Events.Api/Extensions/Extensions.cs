using FluentValidation;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Messaging;
using PatientNetwork.Persistence;

namespace PatientNetwork.Events.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Here rather than in the service defaults: the generator that puts the handlers' XML
        // documentation into the OpenAPI document only sees AddOpenApi calls in this project.
        builder.Services.AddOpenApi();
        builder.AddServiceDatabase<EventsDbContext>("eventsdb");
        builder.AddMessaging<EventsDbContext>("events");
        builder.Services.AddValidatorsFromAssemblyContaining<EventsApi>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(EventAccess.SchedulePolicy, policy => policy.RequireRole(EventAccess.MaySchedule));
        return builder;
    }
}
