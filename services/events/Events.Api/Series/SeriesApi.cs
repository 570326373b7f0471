using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Events.Places;
using PatientNetwork.Events.Publishing;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Events.Series;

public static class SeriesApi
{
    /// <summary>How far ahead a series' dates are listed.</summary>
    public const int YearsListed = 15;

    public static RouteGroupBuilder MapSeriesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/series").WithTags("Recurring events");
        group.MapPost("/", CreateSeries).Validate<CreateSeriesRequest>().RequireAuthorization(EventAccess.SchedulePolicy);
        group.MapGet("/{id:guid}", GetSeries);
        group.MapPost("/{id:guid}/editions", DraftEdition).Validate<DraftEditionRequest>().RequireAuthorization(EventAccess.SchedulePolicy)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>Starts a recurring event (admins and coordinators); the public calendar gets it with its RRULE.</summary>
    public static async Task<Created<SeriesResponse>> CreateSeries(
        CreateSeriesRequest request, HttpContext http, EventsDbContext db, EventCities cities, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var now = time.GetUtcNow();
        var rule = SeriesCalendar.TryParseRule(request.RecurrenceRule, out var normalised) ? normalised : request.RecurrenceRule!;
        var series = EventSeries.Start(request, cities.CodeOf(request.City), rule, staff.AssociationId, staff.BranchId, staff.Login, now);
        db.Series.Add(series);
        db.AddIntegrationEvent(CalendarMessages.For(series, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/series/{series.Id}", Describe(series, []));
    }

    public static async Task<Results<Ok<SeriesResponse>, NotFound>> GetSeries(Guid id, HttpContext http, EventsDbContext db, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var series = await db.Series.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.AssociationId == staff.AssociationId, cancellationToken);
        if (series is null)
        {
            return TypedResults.NotFound();
        }

        var editions = await db.AwarenessEvents.AsNoTracking().Where(e => e.SeriesId == id).OrderBy(e => e.OccurrenceDate)
            .Select(e => new SeriesEdition(e.OccurrenceDate!.Value, e.Id, e.Status, e.StartsAt)).ToListAsync(cancellationToken);
        return TypedResults.Ok(Describe(series, editions));
    }

    /// <summary>
    /// Drafts the edition of one date of the series, copying the programme, capacity and questions of the latest
    /// edition before it (moved to the new day). 409 when that date has its edition already; 400 when the rule
    /// gives no edition that day. Moving or cancelling an edition afterwards touches no other year.
    /// </summary>
    public static async Task<Results<Created<AwarenessEventResponse>, NotFound, ValidationProblem>> DraftEdition(
        Guid id, DraftEditionRequest request, HttpContext http, EventsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var series = await db.Series.FirstOrDefaultAsync(s => s.Id == id && s.AssociationId == staff.AssociationId, cancellationToken);
        if (series is null || (staff.BranchId is not null && staff.BranchId != series.BranchId))
        {
            return TypedResults.NotFound();
        }

        var date = request.OccurrenceDate!.Value;
        var local = SeriesCalendar.Occurrences(series.RecurrenceRule, series.FirstStartsLocal, date.ToDateTime(TimeOnly.MaxValue))
            .FirstOrDefault(start => DateOnly.FromDateTime(start) == date);
        if (local == default)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["occurrenceDate"] = ["The series' rule gives no edition on this date."] });
        }

        if (await db.AwarenessEvents.AnyAsync(e => e.SeriesId == id && e.OccurrenceDate == date, cancellationToken))
        {
            throw new EventRuleException("This date of the series has its edition already.");
        }

        var last = await db.AwarenessEvents.Where(e => e.SeriesId == id && e.OccurrenceDate < date)
            .OrderByDescending(e => e.OccurrenceDate).FirstOrDefaultAsync(cancellationToken);
        var edition = AwarenessEvent.DraftEdition(series, date, SeriesCalendar.ToInstant(local), last, staff.Login, time.GetUtcNow());
        db.AwarenessEvents.Add(edition);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/events/{edition.Id}", AwarenessEventResponse.From(edition));
    }

    private static SeriesResponse Describe(EventSeries s, IReadOnlyList<SeriesEdition> editions) => new(
        s.Id, s.Title, s.Kind, s.City, s.Venue, s.RecurrenceRule, s.FirstStartsLocal, (int)s.Duration.TotalMinutes, EventSeries.TimeZone,
        SeriesCalendar.Occurrences(s.RecurrenceRule, s.FirstStartsLocal, s.FirstStartsLocal.AddYears(YearsListed).AddDays(-1)).Select(DateOnly.FromDateTime).ToList(),
        editions);
}
