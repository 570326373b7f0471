using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Events.Registrations;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Events.CheckIn;

public static class CheckInApi
{
    public static RouteGroupBuilder MapCheckInApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/events/{id:guid}").WithTags("Check-in");
        group.MapPost("/check-ins", Scan).Validate<CheckInRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/attendance", Attendance);
        group.MapPost("/close-attendance", CloseAttendance).RequireAuthorization(EventAccess.SchedulePolicy).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>
    /// Counts a party in or out at the door (any staff role). Under the event's row lock, so two check-in clients at
    /// once never pass the people-inside cap (409 when full) and a repeated scan counts once.
    /// </summary>
    public static async Task<Results<Ok<CheckInResponse>, NotFound>> Scan(
        Guid id, CheckInRequest request, HttpContext http, EventsDbContext db, RegistrationDesk desk, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var awarenessEvent = await desk.LockEventAsync(id, staff.AssociationId, cancellationToken);
        if (awarenessEvent is null || !EventAccess.ActsFor(staff, awarenessEvent))
        {
            return TypedResults.NotFound();
        }

        var code = request.Code?.Trim().ToUpperInvariant();
        var registration = await db.Registrations.FirstOrDefaultAsync(
            r => r.EventId == id && (request.RegistrationId != null ? r.Id == request.RegistrationId : r.Code == code), cancellationToken);
        if (registration is null)
        {
            return TypedResults.NotFound();
        }

        bool counted;
        if (request.Direction == CheckInDirection.Exit)
        {
            counted = registration.Leave();
            if (counted)
            {
                awarenessEvent.LetOut(registration.PartySize);
            }
        }
        else
        {
            var entering = !registration.Inside;
            if (entering)
            {
                awarenessEvent.LetIn(registration.PartySize);
            }

            counted = registration.Enter(time.GetUtcNow());
        }

        await desk.CommitAsync(cancellationToken);
        return TypedResults.Ok(new CheckInResponse(registration.Id, registration.PartySize, registration.Inside, counted, awarenessEvent.PeopleInside, awarenessEvent.PeopleInsideCap));
    }

    /// <summary>People inside now and parties by status (no personal data).</summary>
    public static async Task<Results<Ok<AttendanceResponse>, NotFound>> Attendance(
        Guid id, HttpContext http, EventsDbContext db, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var awarenessEvent = await db.AwarenessEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.AssociationId == staff.AssociationId, cancellationToken);
        if (awarenessEvent is null)
        {
            return TypedResults.NotFound();
        }

        var byStatus = await db.Registrations.Where(r => r.EventId == id).GroupBy(r => r.Status)
            .Select(g => new { g.Key, Parties = g.Count() }).ToListAsync(cancellationToken);
        var taken = await db.Registrations.Where(r => r.EventId == id && CapacityRule.Counting.Contains(r.Status)).SumAsync(r => r.Adults + r.Children, cancellationToken);
        return TypedResults.Ok(new AttendanceResponse(id, awarenessEvent.PeopleInside, awarenessEvent.PeopleInsideCap, awarenessEvent.Capacity, taken,
            byStatus.ToDictionary(s => JsonNamingPolicy.KebabCaseLower.ConvertName(s.Key.ToString()), s => s.Parties)));
    }

    /// <summary>After the event has ended: every registered party that never came is marked no-show (409 before the end).</summary>
    public static async Task<Results<Ok<AttendanceResponse>, NotFound>> CloseAttendance(
        Guid id, HttpContext http, EventsDbContext db, RegistrationDesk desk, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var awarenessEvent = await desk.LockEventAsync(id, staff.AssociationId, cancellationToken);
        if (awarenessEvent is null || !EventAccess.ActsFor(staff, awarenessEvent))
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        if (now < awarenessEvent.EndsAt)
        {
            throw new EventRuleException("Attendance is closed once the event has ended.");
        }

        foreach (var registration in await db.Registrations.Where(r => r.EventId == id && r.Status == RegistrationStatus.Registered).ToListAsync(cancellationToken))
        {
            registration.MarkNoShow(now);
        }

        await desk.CommitAsync(cancellationToken);
        return await Attendance(id, http, db, cancellationToken);
    }
}
