using FluentValidation;
using PatientNetwork.Events.Audit;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.BloodDrives;
using PatientNetwork.Events.BloodDrives.Donors;
using PatientNetwork.Events.BloodDrives.Eligibility;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Events.Notifications;
using PatientNetwork.Events.Places;
using PatientNetwork.Events.Registrations;
using PatientNetwork.Messaging;
using PatientNetwork.Notifications;
using PatientNetwork.Persistence;
using PatientNetwork.Protection;
using PatientNetwork.ServiceDefaults;

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
        builder.Services.AddSingleton(_ => EventCities.Load());
        builder.Services.Configure<WaitingListOptions>(builder.Configuration.GetSection(WaitingListOptions.Section));
        builder.Services.Configure<PublicRegistrationLimitOptions>(builder.Configuration.GetSection(PublicRegistrationLimitOptions.Section));
        builder.Services.AddSingleton(new LockedChangeGate(builder.Configuration.GetValue("Registrations:LockedChangesPerInstance", LockedChangeGate.DefaultSlots)));
        builder.Services.AddScoped<RegistrationDesk>();
        builder.Services.AddScoped<PublicRegistrationLimiter>();
        builder.Services.AddScoped<EventsAuditTrail>();
        builder.Services.AddHostedService<OfferExpirySweeper>();
        // Field encryption and, for blood donors' phones, the keyed blind index (IdentityProtection:BlindIndexKey).
        builder.Services.AddIdentityProtection(builder.Configuration);
        builder.Services.AddSingleton<DonorContacts>();
        builder.Services.AddScoped<DonorMessages>();
        builder.Services.AddScoped<BookingDesk>();
        builder.Services.AddSingleton<RegistrantContacts>();
        builder.Services.AddHostedService<ContactKeyRotation>();
        builder.Services.AddNotificationSenders(builder.Configuration);
        builder.Services.Configure<NotificationOptions>(builder.Configuration.GetSection(NotificationOptions.Section));
        builder.Services.AddScoped<RegistrantNotices>();
        builder.Services.AddScoped<ReminderPass>();
        builder.Services.AddHostedService<NotificationSender>();
        builder.Services.AddHostedService<ReminderSweeper>();
        builder.Services.AddHostedService<NotificationPruner>();
        builder.Services.AddExceptionHandler<EventRuleExceptionHandler>();
        builder.Services.AddExceptionHandler<BloodDriveProblemHandler>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(EventAccess.SchedulePolicy, policy => policy.RequireRole(EventAccess.MaySchedule))
            .AddPolicy(AuditApi.AuditPolicy, policy => policy.RequireRole(StaffRoles.Admin))
            .AddPolicy(BloodDriveAccess.StaffPolicy, policy => policy.RequireRole(BloodDriveAccess.Staff))
            .AddPolicy(BloodDriveAccess.ManifestPolicy, policy => policy.RequireRole(BloodDriveAccess.MayReadManifests));
        return builder;
    }
}
