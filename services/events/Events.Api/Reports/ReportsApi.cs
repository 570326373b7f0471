using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.Audit;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Events.Registrations;
using PatientNetwork.ServiceDefaults;
using PatientNetwork.ServiceDefaults.Csv;

namespace PatientNetwork.Events.Reports;

public static class ReportsApi
{
    public const int MaxReportedEvents = 1000;

    private static readonly string[] ParticipantColumns =
    [
        "number", "status", "channel", "name", "email", "phone", "language", "adults", "children", "sessions", "answers", "accessibility_needs", "registered_at", "inside",
    ];

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/reports/events", EventsReport).WithTags("Reports").RequireAuthorization(EventAccess.SchedulePolicy);
        app.MapGet("/events/{id:guid}/participants.csv", ExportParticipants).WithTags("Reports").RequireAuthorization(EventAccess.SchedulePolicy)
            .Produces<byte[]>(StatusCodes.Status200OK, "text/csv");
        return app;
    }

    /// <summary>
    /// Registrations, attendance and no-shows (in people) per event of the association, with totals per city and
    /// audience (admins and coordinators; branch staff see their branch's events). At most 1000 events: narrow by dates.
    /// </summary>
    public static async Task<Results<Ok<EventReportResponse>, ValidationProblem>> EventsReport(
        [AsParameters] EventReportQuery query, HttpContext http, EventsDbContext db, CancellationToken cancellationToken)
    {
        if (query.City?.Length > 100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["city"] = ["At most 100 characters."] });
        }

        var staff = http.Staff();
        var events = db.AwarenessEvents.AsNoTracking().Where(e => e.AssociationId == staff.AssociationId && (staff.BranchId == null || e.BranchId == staff.BranchId));
        if (!string.IsNullOrWhiteSpace(query.City))
        {
            var city = query.City.Trim().ToLowerInvariant();
            events = events.Where(e => e.City == city);
        }

        if (query.Audience is { } audience)
        {
            events = events.Where(e => e.Audience == audience);
        }

        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            events = events.Where(e => e.StartsAt >= start);
        }

        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(1);
            events = events.Where(e => e.StartsAt < end);
        }

        var chosen = await events.OrderBy(e => e.StartsAt).ThenBy(e => e.Id).Take(MaxReportedEvents + 1)
            .Select(e => new { e.Id, e.Title, e.City, e.Audience, e.Kind, e.Status, e.StartsAt, e.Capacity }).ToListAsync(cancellationToken);
        if (chosen.Count > MaxReportedEvents)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = [$"More than {MaxReportedEvents} events match; narrow the dates."] });
        }

        var ids = chosen.Select(e => e.Id).ToList();
        var people = await db.Registrations.AsNoTracking().Where(r => ids.Contains(r.EventId))
            .GroupBy(r => new { r.EventId, r.Status })
            .Select(g => new { g.Key.EventId, g.Key.Status, People = g.Sum(r => r.Adults + r.Children) })
            .ToListAsync(cancellationToken);
        int Count(Guid id, Func<RegistrationStatus, bool> which) => people.Where(p => p.EventId == id && which(p.Status)).Sum(p => p.People);

        var rows = chosen.Select(e => new EventReportRow(
            e.Id, e.Title, e.City, e.Audience, e.Kind, e.Status, e.StartsAt, e.Capacity,
            Count(e.Id, CapacityRule.CountsTowardCapacity),
            Count(e.Id, s => s == RegistrationStatus.Waitlisted),
            Count(e.Id, s => s == RegistrationStatus.Attended),
            Count(e.Id, s => s == RegistrationStatus.NoShow),
            Count(e.Id, s => s == RegistrationStatus.Cancelled))).ToList();
        return TypedResults.Ok(new EventReportResponse(rows, Totals(rows, r => r.City ?? "online"), Totals(rows, r => JsonNamingPolicy.KebabCaseLower.ConvertName(r.Audience.ToString()))));
    }

    /// <summary>
    /// The event's participants as CSV for the organisers (admins and coordinators of its branch), in order of arrival;
    /// audited with every registration exported. Text typed by registrants is written inert, never as a formula.
    /// </summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> ExportParticipants(
        Guid id, HttpContext http, EventsDbContext db, EventsAuditTrail audit, RegistrantContacts contacts, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var awarenessEvent = await db.AwarenessEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.AssociationId == staff.AssociationId, cancellationToken);
        if (awarenessEvent is null || !EventAccess.ActsFor(staff, awarenessEvent))
        {
            return TypedResults.NotFound();
        }

        var registrations = await db.Registrations.AsNoTracking().Where(r => r.EventId == id).OrderBy(r => r.Number).ToListAsync(cancellationToken);
        var sessions = awarenessEvent.Sessions.ToDictionary(s => s.Id, s => s.Title);
        var csv = CsvTable.ToUtf8(ParticipantColumns, registrations.Select(r => new[]
        {
            r.Number.ToString(CultureInfo.InvariantCulture),
            JsonNamingPolicy.KebabCaseLower.ConvertName(r.Status.ToString()),
            JsonNamingPolicy.KebabCaseLower.ConvertName(r.Channel.ToString()),
            r.Name,
            contacts.EmailOf(r),
            contacts.PhoneOf(r),
            r.Language,
            r.Adults.ToString(CultureInfo.InvariantCulture),
            r.Children.ToString(CultureInfo.InvariantCulture),
            string.Join("; ", r.SessionIds.Select(s => sessions.GetValueOrDefault(s, s.ToString()))),
            string.Join(" | ", awarenessEvent.Questions.Zip(r.Answers, (q, a) => $"{q}: {a}")),
            r.AccessibilityNeeds,
            r.RegisteredAt.ToString("O", CultureInfo.InvariantCulture),
            r.Inside ? "yes" : "no",
        }));
        audit.Record(staff, AuditActions.ParticipantsExported, id, registrations.Select(r => r.Id), $"rows={registrations.Count}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.File(csv, "text/csv; charset=utf-8", $"participants-{id:N}.csv");
    }

    private static List<EventReportTotal> Totals(IEnumerable<EventReportRow> rows, Func<EventReportRow, string> key) =>
        rows.GroupBy(key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new EventReportTotal(g.Key, g.Count(), g.Sum(r => r.PlacesHeld), g.Sum(r => r.Waitlisted), g.Sum(r => r.Attended), g.Sum(r => r.NoShows)))
            .ToList();
}
