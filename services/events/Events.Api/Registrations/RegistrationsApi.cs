using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.Audit;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Events.Registrations;

public static class RegistrationsApi
{
    public static RouteGroupBuilder MapRegistrationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/events/{id:guid}/registrations").WithTags("Registrations");
        group.MapPost("/", Register).Validate<RegistrationRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ListRegistrations);
        group.MapGet("/{registrationId:guid}", GetRegistration);
        group.MapPost("/{registrationId:guid}/cancel", CancelRegistration).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{registrationId:guid}/accept-offer", AcceptOffer).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>
    /// Registers a party for the event (any staff role, for a member and family): registered when the whole party
    /// fits in the event and in every session chosen, else waitlisted in order of arrival. Outside the registration
    /// window, or for an event that takes none, a 409; a party larger than the capacity, a 409.
    /// </summary>
    public static async Task<Results<Created<RegistrationResponse>, NotFound>> Register(
        Guid id, RegistrationRequest request, HttpContext http, RegistrationDesk desk, RegistrantContacts contacts, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var awarenessEvent = await desk.LockEventAsync(id, staff.AssociationId, cancellationToken);
        if (awarenessEvent is null || !EventAccess.ActsFor(staff, awarenessEvent))
        {
            return TypedResults.NotFound();
        }

        var registration = await desk.RegisterAsync(awarenessEvent, request, RegistrationChannel.Staff, staff.Login, cancellationToken);
        await desk.CommitAsync(cancellationToken);
        var position = registration.Status == RegistrationStatus.Waitlisted ? await desk.WaitlistPositionAsync(registration, cancellationToken) : (int?)null;
        return TypedResults.Created($"/events/{id}/registrations/{registration.Id}", RegistrationResponse.From(registration, position, EventAccess.SeesPersonalData(staff) ? contacts : null));
    }

    /// <summary>
    /// The event's participants in order of arrival, with waiting-list positions. Every page is audited with the
    /// registrations on it; volunteers get parties and statuses without names or contacts.
    /// </summary>
    public static async Task<Results<Ok<PagedResult<RegistrationResponse>>, NotFound, ValidationProblem>> ListRegistrations(
        Guid id, [AsParameters] RegistrationListQuery query, HttpContext http, EventsDbContext db, EventsAuditTrail audit, RegistrantContacts contacts, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(query.Page, query.PageSize, null);
        if (paging.Validate([]) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var staff = http.Staff();
        var awarenessEvent = await db.AwarenessEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.AssociationId == staff.AssociationId, cancellationToken);
        if (awarenessEvent is null || !EventAccess.ActsFor(staff, awarenessEvent))
        {
            return TypedResults.NotFound();
        }

        var registrations = db.Registrations.AsNoTracking().Where(r => r.EventId == id);
        if (query.Status is { } status)
        {
            registrations = registrations.Where(r => r.Status == status);
        }

        var total = await registrations.CountAsync(cancellationToken);
        var page = await registrations.OrderBy(r => r.Number).Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        var waitlistedBefore = page.FirstOrDefault(r => r.Status == RegistrationStatus.Waitlisted) is { } first
            ? await db.Registrations.CountAsync(r => r.EventId == id && r.Status == RegistrationStatus.Waitlisted && r.Number < first.Number, cancellationToken)
            : 0;
        var withPersonalData = EventAccess.SeesPersonalData(staff) ? contacts : null;
        var items = new List<RegistrationResponse>();
        foreach (var registration in page)
        {
            int? position = registration.Status == RegistrationStatus.Waitlisted ? ++waitlistedBefore : null;
            items.Add(RegistrationResponse.From(registration, position, withPersonalData));
        }

        audit.Record(staff, AuditActions.ParticipantsListed, id, page.Select(r => r.Id), $"status={query.Status};page={paging.PageNumber};size={paging.Size}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<RegistrationResponse>(items, paging.PageNumber, paging.Size, total));
    }

    /// <summary>One registration, audited.</summary>
    public static async Task<Results<Ok<RegistrationResponse>, NotFound>> GetRegistration(
        Guid id, Guid registrationId, HttpContext http, EventsDbContext db, RegistrationDesk desk, EventsAuditTrail audit, RegistrantContacts contacts, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var awarenessEvent = await db.AwarenessEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.AssociationId == staff.AssociationId, cancellationToken);
        var registration = awarenessEvent is null || !EventAccess.ActsFor(staff, awarenessEvent)
            ? null
            : await db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == registrationId && r.EventId == id, cancellationToken);
        if (registration is null)
        {
            return TypedResults.NotFound();
        }

        audit.Record(staff, AuditActions.RegistrationRead, id, [registration.Id]);
        await db.SaveChangesAsync(cancellationToken);
        var position = registration.Status == RegistrationStatus.Waitlisted ? await desk.WaitlistPositionAsync(registration, cancellationToken) : (int?)null;
        return TypedResults.Ok(RegistrationResponse.From(registration, position, EventAccess.SeesPersonalData(staff) ? contacts : null));
    }

    /// <summary>Cancels a registration; the places it held are offered to the waiting list in the same transaction.</summary>
    public static Task<Results<Ok<RegistrationResponse>, NotFound>> CancelRegistration(
        Guid id, Guid registrationId, HttpContext http, EventsDbContext db, RegistrationDesk desk, EventsAuditTrail audit, RegistrantContacts contacts, CancellationToken cancellationToken) =>
        ChangeRegistrationAsync(id, registrationId, http, db, desk, contacts, async (e, r) =>
        {
            await desk.CancelAsync(e, r, cancellationToken);
            audit.Record(http.Staff(), AuditActions.RegistrationCancelled, id, [r.Id]);
        }, cancellationToken);

    /// <summary>Takes up the place offered to a waitlisted party, before the offer expires.</summary>
    public static Task<Results<Ok<RegistrationResponse>, NotFound>> AcceptOffer(
        Guid id, Guid registrationId, HttpContext http, EventsDbContext db, RegistrationDesk desk, RegistrantContacts contacts, CancellationToken cancellationToken) =>
        ChangeRegistrationAsync(id, registrationId, http, db, desk, contacts, (e, r) => { desk.AcceptOffer(e, r); return Task.CompletedTask; }, cancellationToken);

    private static async Task<Results<Ok<RegistrationResponse>, NotFound>> ChangeRegistrationAsync(
        Guid id, Guid registrationId, HttpContext http, EventsDbContext db, RegistrationDesk desk, RegistrantContacts contacts, Func<AwarenessEvent, Registration, Task> change, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var awarenessEvent = await desk.LockEventAsync(id, staff.AssociationId, cancellationToken);
        var registration = awarenessEvent is null || !EventAccess.ActsFor(staff, awarenessEvent)
            ? null
            : await db.Registrations.FirstOrDefaultAsync(r => r.Id == registrationId && r.EventId == id, cancellationToken);
        if (awarenessEvent is null || registration is null)
        {
            return TypedResults.NotFound();
        }

        await change(awarenessEvent, registration);
        await desk.CommitAsync(cancellationToken);
        var position = registration.Status == RegistrationStatus.Waitlisted ? await desk.WaitlistPositionAsync(registration, cancellationToken) : (int?)null;
        return TypedResults.Ok(RegistrationResponse.From(registration, position, EventAccess.SeesPersonalData(staff) ? contacts : null));
    }
}
