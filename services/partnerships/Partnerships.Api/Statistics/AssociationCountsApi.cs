using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Partnerships.Statistics;

/// <summary>
/// An association's own consenting patients, counted live and unsuppressed: its staff know these
/// patients already. Nothing of another association shows, so no small count leaves its owner.
/// </summary>
public static class AssociationCountsApi
{
    public static RouteGroupBuilder MapAssociationCountsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/statistics").WithTags("Statistics");
        group.MapGet("/counts", GetCounts);
        return group;
    }

    /// <summary>The caller's association's patients counted in the statistics, by diagnosis group and region.</summary>
    public static async Task<Ok<List<AssociationCount>>> GetCounts(HttpContext http, PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        var association = http.Staff().AssociationId;
        var counts = await db.CountedPatients.AsNoTracking()
            .Where(p => p.AssociationId == association)
            .CountsByCell()
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(counts);
    }
}

public sealed record AssociationCount(string DiagnosisGroup, string RegionCode, int Patients);
