using PatientNetwork.Funding.Equipment.Assignments;
using PatientNetwork.Funding.Equipment.DistributionDays;
using PatientNetwork.Funding.Equipment.Reports;
using PatientNetwork.Funding.Equipment.Stock;
using PatientNetwork.Funding.Equipment.WaitingList;

namespace PatientNetwork.Funding.Equipment;

/// <summary>Equipment (mobile chairs) from stock to child: every route under <c>/equipment</c>, for staff of one association.</summary>
public static class EquipmentApi
{
    public static RouteGroupBuilder MapEquipmentApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/equipment").WithTags("Equipment").RequireAuthorization(EquipmentPolicies.Read);
        return group.MapEquipmentCatalogueApi()
            .MapEquipmentStockApi()
            .MapEquipmentAssignmentsApi()
            .MapEquipmentWaitingListApi()
            .MapDistributionDaysApi()
            .MapEquipmentReportsApi();
    }
}
