using MassTransit;
using Microsoft.AspNetCore.Authorization;
using PatientNetwork.Funding.Equipment.Needs;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Equipment;

/// <summary>Equipment's registrations, called once from the service's composition.</summary>
public static class EquipmentServiceCollectionExtensions
{
    public static void AddEquipmentConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<KeepMobilityNeedWhenPatientRegistered>();
        bus.AddConsumer<KeepMobilityNeedWhenPatientUpdated>();
        bus.AddConsumer<MoveEquipmentWhenPatientsMerged>();
    }

    public static AuthorizationBuilder AddEquipmentPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(EquipmentPolicies.Read, policy => policy.RequireRole(StaffRoles.Admin, StaffRoles.Coordinator, StaffRoles.Volunteer))
        .AddPolicy(EquipmentPolicies.Manage, policy => policy.RequireRole(StaffRoles.Admin, StaffRoles.Coordinator));

    public static IServiceCollection AddEquipment(this IServiceCollection services) => services.AddSingleton<GuardianNames>();
}
