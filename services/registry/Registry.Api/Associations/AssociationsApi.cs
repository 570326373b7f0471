using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Registry.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Associations;

public static class AssociationsApi
{
    public static RouteGroupBuilder MapAssociationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/associations").WithTags("Associations");
        group.MapGet("/current", GetCurrentAssociation);
        return group;
    }

    /// <summary>The caller's own association and its branches (a staff member sees no other).</summary>
    public static async Task<Results<Ok<AssociationResponse>, NotFound>> GetCurrentAssociation(
        HttpContext http, RegistryDbContext db, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var association = await db.Associations.AsNoTracking()
            .Include(a => a.Branches)
            .FirstOrDefaultAsync(a => a.Id == staff.AssociationId, cancellationToken);
        return association is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new AssociationResponse(
                association.Id,
                association.Name,
                association.Branches.OrderBy(b => b.Name).Select(b => new BranchResponse(b.Id, b.Name, b.RegionCode)).ToList()));
    }
}

public sealed record AssociationResponse(string Id, string Name, IReadOnlyList<BranchResponse> Branches);

public sealed record BranchResponse(string Id, string Name, string RegionCode);
