using Microsoft.AspNetCore.Http.HttpResults;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.Registrations;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Events.Notifications;

public static class NotificationsApi
{
    public static RouteGroupBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/events/{id:guid}/reminders").WithTags("Notifications");
        group.MapPost("/", SendReminders).RequireAuthorization(EventAccess.SchedulePolicy).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>
    /// Runs the event's reminder pass now instead of at the lead time: every party holding a place is reminded, once.
    /// A pass that already ran for this start, a cancelled or postponed event, or one that has started: a 409.
    /// </summary>
    public static async Task<Results<Ok<ReminderPassResponse>, NotFound>> SendReminders(
        Guid id, HttpContext http, RegistrationDesk desk, ReminderPass pass, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var awarenessEvent = await desk.LockEventAsync(id, staff.AssociationId, cancellationToken);
        if (awarenessEvent is null || !EventAccess.ActsFor(staff, awarenessEvent))
        {
            return TypedResults.NotFound();
        }

        var reminded = await pass.QueueAsync(awarenessEvent, cancellationToken);
        await desk.CommitAsync(cancellationToken);
        return TypedResults.Ok(new ReminderPassResponse(id, reminded, awarenessEvent.RemindersQueuedAt!.Value));
    }
}
