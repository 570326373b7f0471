using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Partnerships.Infrastructure;

namespace PatientNetwork.Partnerships.Partners;

public static class PartnersApi
{
    public static RouteGroupBuilder MapPartnersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/partners").WithTags("Partners");
        group.MapGet("/", ListPartners);
        return group;
    }

    public static async Task<Ok<List<PartnerResponse>>> ListPartners(PartnershipsDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Partners.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new PartnerResponse(p.Id, p.Name, p.Kind, p.Country))
            .ToListAsync(cancellationToken));
}

public sealed record PartnerResponse(string Id, string Name, PartnerKind Kind, string Country);
