using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Equipment.Stock;

/// <summary>The kinds of equipment an association hands out and the places it keeps them.</summary>
public static class CatalogueApi
{
    public static RouteGroupBuilder MapEquipmentCatalogueApi(this RouteGroupBuilder equipment)
    {
        equipment.MapPost("/types", CreateType).Validate<CreateEquipmentTypeRequest>().RequireAuthorization(EquipmentPolicies.Manage).ProducesProblem(StatusCodes.Status409Conflict);
        equipment.MapGet("/types", ListTypes);
        equipment.MapPost("/locations", CreateLocation).Validate<CreateEquipmentLocationRequest>().RequireAuthorization(EquipmentPolicies.Manage).ProducesProblem(StatusCodes.Status409Conflict);
        equipment.MapGet("/locations", ListLocations);
        return equipment;
    }

    /// <summary>Adds a kind of equipment with its sizes; its name is unique in the association (409 otherwise).</summary>
    public static async Task<Created<EquipmentTypeResponse>> CreateType(
        CreateEquipmentTypeRequest request, HttpContext http, FundingDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var type = EquipmentType.Create(http.Staff().AssociationId, request.Name!.Trim(), request.Sizes!.Select(s => s.Trim()), time.GetUtcNow());
        db.EquipmentTypes.Add(type);
        await SaveUniqueAsync(db, "An equipment type with this name exists already.", cancellationToken);
        return TypedResults.Created($"/equipment/types/{type.Id}", EquipmentTypeResponse.From(type));
    }

    public static async Task<Ok<List<EquipmentTypeResponse>>> ListTypes(HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var association = http.Staff().AssociationId;
        var types = await db.EquipmentTypes.AsNoTracking().Where(t => t.AssociationId == association).OrderBy(t => t.Name).Take(500).ToListAsync(cancellationToken);
        return TypedResults.Ok(types.Select(EquipmentTypeResponse.From).ToList());
    }

    /// <summary>Adds a place equipment is kept, in a region; its name is unique in the association (409 otherwise).</summary>
    public static async Task<Created<EquipmentLocationResponse>> CreateLocation(
        CreateEquipmentLocationRequest request, HttpContext http, FundingDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var location = EquipmentLocation.Create(http.Staff().AssociationId, request.Name!.Trim(), request.RegionCode!, time.GetUtcNow());
        db.EquipmentLocations.Add(location);
        await SaveUniqueAsync(db, "A location with this name exists already.", cancellationToken);
        return TypedResults.Created($"/equipment/locations/{location.Id}", EquipmentLocationResponse.From(location));
    }

    public static async Task<Ok<List<EquipmentLocationResponse>>> ListLocations(HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var association = http.Staff().AssociationId;
        var locations = await db.EquipmentLocations.AsNoTracking().Where(l => l.AssociationId == association).OrderBy(l => l.Name).Take(500).ToListAsync(cancellationToken);
        return TypedResults.Ok(locations.Select(EquipmentLocationResponse.From).ToList());
    }

    private static async Task SaveUniqueAsync(FundingDbContext db, string conflict, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Any(exception))
        {
            throw new FundingConflictException(conflict, "Choose another name, or use the one that exists.");
        }
    }
}
