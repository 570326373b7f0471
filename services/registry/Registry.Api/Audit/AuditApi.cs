using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Registry.Infrastructure;
using PatientNetwork.Registry.Patients;
using PatientNetwork.ServiceDefaults;
using PatientNetwork.ServiceDefaults.Csv;

namespace PatientNetwork.Registry.Audit;

public static class AuditApi
{
    /// <summary>An export is one file a person can open; a larger trail is exported per patient or per staff member.</summary>
    public const int MaxExportedRows = 10_000;

    private static readonly string[] ExportColumns = ["id", "at", "staffId", "staffLogin", "action", "patientId", "listedPatientIds", "reason"];

    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/audit").WithTags("Audit").RequireAuthorization(PatientAccess.AuditPolicy)
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/", QueryAuditTrail);
        group.MapGet("/export", ExportAuditTrail).Produces<string>(StatusCodes.Status200OK, "text/csv");
        return group;
    }

    /// <summary>The audit trail of the admin's association, newest first, per patient and/or per staff member.</summary>
    public static async Task<Results<Ok<PagedResult<AuditEntryResponse>>, ValidationProblem>> QueryAuditTrail(
        Guid? patientId, string? staffId, int? page, int? pageSize, HttpContext http, RegistryDbContext db, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize, null);
        if (paging.Validate([]) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var entries = Filter(db.AuditTrail.AsNoTracking(), http.Staff().AssociationId, patientId, staffId);
        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.Id).Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<AuditEntryResponse>(items.Select(AuditEntryResponse.From).ToList(), paging.PageNumber, paging.Size, total));
    }

    /// <summary>
    /// The same trail as a CSV file for a spreadsheet, newest first, at most <see cref="MaxExportedRows"/> rows.
    /// Free text typed by staff (a break-glass reason) is written inert, never as a formula.
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAuditTrail(
        Guid? patientId, string? staffId, HttpContext http, RegistryDbContext db, CancellationToken cancellationToken)
    {
        var entries = Filter(db.AuditTrail.AsNoTracking(), http.Staff().AssociationId, patientId, staffId);
        var rows = await entries.OrderByDescending(e => e.Id).Take(MaxExportedRows + 1).ToListAsync(cancellationToken);
        if (rows.Count > MaxExportedRows)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["filters"] = [$"More than {MaxExportedRows} entries match; export one patient's (patientId) or one staff member's (staffId) trail."],
            });
        }

        var csv = CsvTable.ToUtf8(ExportColumns, rows.Select(e => new[]
        {
            e.Id.ToString(CultureInfo.InvariantCulture),
            e.At.ToString("O", CultureInfo.InvariantCulture),
            e.StaffId,
            e.StaffLogin,
            e.Action,
            e.PatientId?.ToString(),
            e.ListedPatientIds is null ? null : string.Join(' ', e.ListedPatientIds),
            e.Reason,
        }));
        return TypedResults.File(csv, "text/csv; charset=utf-8", "audit-trail.csv");
    }

    private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, string associationId, Guid? patientId, string? staffId)
    {
        entries = entries.Where(e => e.AssociationId == associationId);
        if (patientId is not null)
        {
            entries = entries.Where(AuditEntry.About(patientId.Value));
        }

        if (!string.IsNullOrEmpty(staffId))
        {
            entries = entries.Where(e => e.StaffId == staffId);
        }

        return entries;
    }
}
