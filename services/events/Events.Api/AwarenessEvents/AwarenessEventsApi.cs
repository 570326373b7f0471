using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Events.Notifications;
using PatientNetwork.Events.Places;
using PatientNetwork.Events.Publishing;
using PatientNetwork.Events.Registrations;
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
        group.MapPut("/{id:guid}", ChangeEvent).Validate<ChangeEventRequest>().RequireAuthorization(EventAccess.SchedulePolicy).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/publish", PublishEvent).RequireAuthorization(EventAccess.SchedulePolicy).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/cancel", CancelEvent).RequireAuthorization(EventAccess.SchedulePolicy).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/postpone", PostponeEvent).RequireAuthorization(EventAccess.SchedulePolicy).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/move-online", MoveEventOnline).Validate<MoveOnlineRequest>().RequireAuthorization(EventAccess.SchedulePolicy).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/reschedule", RescheduleEvent).Validate<RescheduleRequest>().RequireAuthorization(EventAccess.SchedulePolicy).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>
    /// Schedules an event (admins and coordinators), published at once unless <c>draft</c> is true; a published
    /// event's <c>EventPublished</c> is published through the outbox so partners' calendars follow.
    /// Title and city are plain text: stored as given, markup included, and never rendered as HTML.
    /// </summary>
    public static async Task<Created<AwarenessEventResponse>> ScheduleEvent(
        ScheduleEventRequest request, HttpContext http, EventsDbContext db, EventCities cities, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var now = time.GetUtcNow();
        var awarenessEvent = AwarenessEvent.Schedule(request, CityCode(cities, request.City), staff.AssociationId, staff.BranchId, staff.Login, now);
        db.AwarenessEvents.Add(awarenessEvent);
        if (CalendarMessages.After(awarenessEvent, wasListed: false, now) is { } message)
        {
            db.AddIntegrationEvent(message);
        }

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

    /// <summary>
    /// Replaces an event's details (admins and coordinators of its branch). Sessions move with the start; a capacity
    /// below the places taken is a 409; a larger capacity offers the freed places to the waiting list at once.
    /// </summary>
    public static Task<Results<Ok<AwarenessEventResponse>, NotFound>> ChangeEvent(
        Guid id, ChangeEventRequest request, HttpContext http, RegistrationDesk desk, EventsDbContext db, EventCities cities, RegistrantNotices notices, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync(id, http, desk, db, time, async e =>
        {
            var before = (e.StartsAt, e.EndsAt, e.Venue, e.City, e.OnlineUrl);
            e.Change(request, CityCode(cities, request.City), await desk.PlacesTakenAsync(e.Id, null, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            await desk.OfferFreedPlacesAsync(e, cancellationToken);
            // Registrants hear of a new time or place; a corrected title or description is no reason to write to them.
            if (before != (e.StartsAt, e.EndsAt, e.Venue, e.City, e.OnlineUrl) && e.TakesRegistrations)
            {
                await notices.TellConcernedAsync(e, NotificationKind.EventChanged, cancellationToken);
            }
        }, cancellationToken);

    /// <summary>Publishes a draft: it reaches the public calendar and takes registrations.</summary>
    public static Task<Results<Ok<AwarenessEventResponse>, NotFound>> PublishEvent(
        Guid id, HttpContext http, RegistrationDesk desk, EventsDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync(id, http, desk, db, time, e => { e.Publish(); return Task.CompletedTask; }, cancellationToken);

    /// <summary>
    /// Cancels the event; it stays on the public calendar as cancelled. Registrations are kept as they are, for the
    /// record, and every party registered, offered a place or waiting is sent the cancellation notice.
    /// </summary>
    public static Task<Results<Ok<AwarenessEventResponse>, NotFound>> CancelEvent(
        Guid id, HttpContext http, RegistrationDesk desk, EventsDbContext db, RegistrantNotices notices, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync(id, http, desk, db, time, e =>
        {
            e.Cancel();
            return notices.TellConcernedAsync(e, NotificationKind.EventCancelled, cancellationToken);
        }, cancellationToken);

    /// <summary>Postpones a published event to a date still to be fixed; it takes no registrations meanwhile.</summary>
    public static Task<Results<Ok<AwarenessEventResponse>, NotFound>> PostponeEvent(
        Guid id, HttpContext http, RegistrationDesk desk, EventsDbContext db, RegistrantNotices notices, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync(id, http, desk, db, time, e =>
        {
            e.Postpone();
            return notices.TellConcernedAsync(e, NotificationKind.EventPostponed, cancellationToken);
        }, cancellationToken);

    /// <summary>Moves the event online at the link given, keeping its date and registrations.</summary>
    public static Task<Results<Ok<AwarenessEventResponse>, NotFound>> MoveEventOnline(
        Guid id, MoveOnlineRequest request, HttpContext http, RegistrationDesk desk, EventsDbContext db, RegistrantNotices notices, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync(id, http, desk, db, time, e =>
        {
            e.MoveOnline(request.OnlineUrl!.Trim());
            return notices.TellConcernedAsync(e, NotificationKind.EventMovedOnline, cancellationToken);
        }, cancellationToken);

    /// <summary>Gives a postponed event its new times and publishes it again.</summary>
    public static Task<Results<Ok<AwarenessEventResponse>, NotFound>> RescheduleEvent(
        Guid id, RescheduleRequest request, HttpContext http, RegistrationDesk desk, EventsDbContext db, RegistrantNotices notices, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync(id, http, desk, db, time, e =>
        {
            e.Reschedule(request.StartsAt!.Value, request.EndsAt!.Value);
            return notices.TellConcernedAsync(e, NotificationKind.EventRescheduled, cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// One change of an event under its row lock, with the calendar's message in the same transaction: the
    /// change, its sequence number and the message commit together or not at all.
    /// </summary>
    internal static async Task<Results<Ok<AwarenessEventResponse>, NotFound>> ChangeAsync(
        Guid id, HttpContext http, RegistrationDesk desk, EventsDbContext db, TimeProvider time, Func<AwarenessEvent, Task> change, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var awarenessEvent = await desk.LockEventAsync(id, staff.AssociationId, cancellationToken);
        if (awarenessEvent is null || !EventAccess.ActsFor(staff, awarenessEvent))
        {
            return TypedResults.NotFound();
        }

        var wasListed = awarenessEvent.IsOnPublicCalendar;
        await change(awarenessEvent);
        if (CalendarMessages.After(awarenessEvent, wasListed, time.GetUtcNow()) is { } message)
        {
            db.AddIntegrationEvent(message);
        }

        await desk.CommitAsync(cancellationToken);
        return TypedResults.Ok(AwarenessEventResponse.From(awarenessEvent));
    }

    private static string? CityCode(EventCities cities, string? city) => string.IsNullOrWhiteSpace(city) ? null : cities.CodeOf(city);
}
