using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Partnerships.Credentials;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Partnerships.Partners;

public static class PartnersApi
{
    public static RouteGroupBuilder MapPartnersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/partners").WithTags("Partners");
        group.MapGet("/", ListPartners);
        group.MapPost("/", CreatePartner).Validate<CreatePartnerRequest>().RequireAuthorization(PartnerCredentialsApi.AdminPolicy);
        return group;
    }

    public static async Task<Ok<List<PartnerResponse>>> ListPartners(PartnershipsDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Partners.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new PartnerResponse(p.Id, p.Name, p.Kind, p.Country, p.AssociationId, p.RequestsPerMinute))
            .ToListAsync(cancellationToken));

    /// <summary>Adds a partner of the admin's association (admins only); its id is a new GUID, under which its credentials are managed.</summary>
    public static async Task<Created<PartnerResponse>> CreatePartner(CreatePartnerRequest request, HttpContext http, PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var partner = new Partner(Guid.NewGuid().ToString("D"), request.Name!.Trim(), request.Kind!.Value, request.Country!, staff.AssociationId,
            request.RequestsPerMinute ?? Partner.DefaultRequestsPerMinute);
        db.Partners.Add(partner);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/partners/{partner.Id}",
            new PartnerResponse(partner.Id, partner.Name, partner.Kind, partner.Country, partner.AssociationId, partner.RequestsPerMinute));
    }
}

public sealed record PartnerResponse(string Id, string Name, PartnerKind Kind, string Country, string? AssociationId, int RequestsPerMinute);
