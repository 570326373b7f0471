using FluentValidation;
using PatientNetwork.Messaging;
using PatientNetwork.Messaging.Persistence;
using PatientNetwork.Registry.Associations;
using PatientNetwork.Registry.Audit;
using PatientNetwork.Registry.Infrastructure;

namespace PatientNetwork.Registry.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<RegistryDbContext>("registrydb");
        builder.AddMessaging<RegistryDbContext>("registry");
        builder.Services.AddValidatorsFromAssemblyContaining<RegistryApi>();
        builder.Services.AddScoped<PatientAuditTrail>();
        if (builder.Configuration.GetValue<bool>("DemoData:Enabled"))
        {
            builder.Services.AddScoped<IDatabaseSeeder<RegistryDbContext>, DemoAssociationsSeeder>();
        }

        return builder;
    }
}
