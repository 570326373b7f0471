using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Events.AwarenessEvents;

public static class AwarenessEventsApi
{
    private static readonly string[] SortableFields = ["startsAt"];

    public static RouteGroupBuilder MapAwarenessEventsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/events").WithTags("Awareness events");
        group.MapPost("/", ScheduleEvent).Validate<ScheduleEventRequest>().RequireAuthorization(EventAccess.SchedulePolicy);
        group.MapGet("/{id:guid}", GetEvent);
        group.MapGet("/", ListEvents);
        return group;
    }

    /// <summary>
    /// Schedules an event (admins and coordinators); <c>EventScheduled</c> is published through the outbox so partners' calendars follow.
    /// Title and city are plain text: stored as given, markup included, and never rendered as HTML.
    /// </summary>
    public static async Task<Created<AwarenessEventResponse>> ScheduleEvent(
        ScheduleEventRequest request, HttpContext http, EventsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var now = time.GetUtcNow();
        var awarenessEvent = AwarenessEvent.Schedule(request, staff.AssociationId, staff.BranchId, staff.Login, now);
        db.AwarenessEvents.Add(awarenessEvent);
        db.AddIntegrationEvent(awarenessEvent.ToScheduledEvent(now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/events/{awarenessEvent.Id}", AwarenessEventResponse.From(awarenessEvent));
    }

    public static async Task<Results<Ok<AwarenessEventResponse>, NotFound>> GetEvent(
        Guid id, HttpContext http, EventsDbContext db, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var found = await db.AwarenessEvents.AsNoTracking()
            .FirstOrDefaultAsync(e => e.Id == id && e.AssociationId == staff.AssociationId, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(AwarenessEventResponse.From(found));
    }

    public static async Task<Results<Ok<PagedResult<AwarenessEventResponse>>, ValidationProblem>> ListEvents(
        [AsParameters] PageQuery query, HttpContext http, EventsDbContext db, CancellationToken cancellationToken)
    {
        if (query.Validate(SortableFields) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var staff = http.Staff();
        var events = db.AwarenessEvents.AsNoTracking().Where(e => e.AssociationId == staff.AssociationId);
        var total = await events.CountAsync(cancellationToken);
        var ordered = query.Descending ? events.OrderByDescending(e => e.StartsAt) : events.OrderBy(e => e.StartsAt);
        var page = await ordered.ThenBy(e => e.Id).Skip(query.Skip).Take(query.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<AwarenessEventResponse>(page.Select(AwarenessEventResponse.From).ToList(), query.PageNumber, query.Size, total));
    }
}
