using Microsoft.AspNetCore.Http.HttpResults;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Events.Registrations;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Events.Programme;

public static class ProgrammeApi
{
    public static RouteGroupBuilder MapProgrammeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/events/{id:guid}/sessions").WithTags("Programme").RequireAuthorization(EventAccess.SchedulePolicy);
        group.MapPost("/", AddSession).Validate<SessionRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{sessionId:guid}", ChangeSession).Validate<SessionRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{sessionId:guid}", RemoveSession).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>Adds a session to the programme: inside the event's times (else a 400 on <c>startsAt</c>), with optional seats of its own.</summary>
    public static async Task<Results<Ok<AwarenessEventResponse>, NotFound, ValidationProblem>> AddSession(
        Guid id, SessionRequest request, HttpContext http, RegistrationDesk desk, EventsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var result = await AwarenessEventsApi.ChangeAsync(id, http, desk, db, time, e =>
        {
            if (!e.Contains(request.StartsAt!.Value, request.EndsAt!.Value))
            {
                throw new EventInputException("startsAt", SessionRequestValidator.OutsideEventMessage);
            }

            e.AddSession(request, time.GetUtcNow());
            return Task.CompletedTask;
        }, cancellationToken);
        return Widen(result);
    }

    /// <summary>Changes a session; its seats cannot go below the places taken in it (409).</summary>
    public static async Task<Results<Ok<AwarenessEventResponse>, NotFound, ValidationProblem>> ChangeSession(
        Guid id, Guid sessionId, SessionRequest request, HttpContext http, RegistrationDesk desk, EventsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var found = true;
        var result = await AwarenessEventsApi.ChangeAsync(id, http, desk, db, time, async e =>
        {
            var session = e.Sessions.FirstOrDefault(s => s.Id == sessionId);
            if (session is null)
            {
                found = false;
                return;
            }

            if (!e.Contains(request.StartsAt!.Value, request.EndsAt!.Value))
            {
                throw new EventInputException("startsAt", SessionRequestValidator.OutsideEventMessage);
            }

            e.ChangeSession(session, request, await desk.PlacesTakenAsync(e.Id, sessionId, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            await desk.OfferFreedPlacesAsync(e, cancellationToken);
        }, cancellationToken);
        return found ? Widen(result) : TypedResults.NotFound();
    }

    /// <summary>Removes a session in which no place is taken (409 otherwise).</summary>
    public static async Task<Results<Ok<AwarenessEventResponse>, NotFound, ValidationProblem>> RemoveSession(
        Guid id, Guid sessionId, HttpContext http, RegistrationDesk desk, EventsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var found = true;
        var result = await AwarenessEventsApi.ChangeAsync(id, http, desk, db, time, async e =>
        {
            var session = e.Sessions.FirstOrDefault(s => s.Id == sessionId);
            if (session is null)
            {
                found = false;
                return;
            }

            e.RemoveSession(session, await desk.PlacesTakenAsync(e.Id, sessionId, cancellationToken));
        }, cancellationToken);
        return found ? Widen(result) : TypedResults.NotFound();
    }

    private static Results<Ok<AwarenessEventResponse>, NotFound, ValidationProblem> Widen(Results<Ok<AwarenessEventResponse>, NotFound> result) =>
        result.Result switch
        {
            Ok<AwarenessEventResponse> ok => ok,
            _ => TypedResults.NotFound(),
        };
}
