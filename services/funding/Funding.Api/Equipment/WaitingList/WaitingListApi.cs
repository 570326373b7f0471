using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Equipment.WaitingList;

/// <summary>The waiting list of children with a mobility need and no equipment, by region.</summary>
public static class WaitingListApi
{
    public static RouteGroupBuilder MapEquipmentWaitingListApi(this RouteGroupBuilder equipment)
    {
        equipment.MapGet("/waiting-list", GetWaitingList);
        return equipment;
    }

    /// <summary>
    /// Children of the association (of the branch, for branch staff) whose record shows a mobility need and who have no
    /// equipment assigned, optionally of one region, longest waiting first. A child leaves it when a chair is assigned.
    /// </summary>
    public static async Task<Results<Ok<PagedResult<WaitingChild>>, ValidationProblem>> GetWaitingList(
        string? regionCode, Guid? patientId, int? page, int? pageSize, HttpContext http, [AsParameters] EquipmentServices services, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize, null);
        var errors = paging.Validate([]) ?? [];
        if (regionCode is { Length: > 64 })
        {
            errors["regionCode"] = ["A region code has at most 64 characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var staff = http.Staff();
        var query = WaitingListQuery.Of(services.Db, staff, regionCode, patientId);
        var total = await query.CountAsync(cancellationToken);
        var children = await query.Skip(paging.Skip).Take(paging.Size).AsWaitingChildren().ToListAsync(cancellationToken);
        services.Audit.Record(staff, EquipmentAuditActions.WaitingListRead, children.Select(c => c.PatientId), $"region={regionCode};page={paging.PageNumber}");
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<WaitingChild>(children, paging.PageNumber, paging.Size, total));
    }
}
