using PatientNetwork.Registry.Families;
using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.Registry.Audit;
using PatientNetwork.Registry.Patients;
using PatientNetwork.Registry.Search;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Imports;

/// <summary>
/// Bulk import of an existing registry from CSV. Every row is validated (and checked for
/// duplicates); one bad row rejects the whole file with a report of every rejected row, and
/// nothing of it is stored. A file already imported is recognised by its content and not
/// imported twice.
/// </summary>
public static class ImportsApi
{
    private const int MaxBytes = 5 * 1024 * 1024;
    private const int MaxRows = 10_000;

    public static RouteGroupBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/patients/imports").WithTags("Import").RequireAuthorization(PatientAccess.ConsentPolicy);
        group.MapPost("/", ImportCsv).Accepts<string>("text/csv");
        return group;
    }

    public static async Task<Results<Created<ImportResult>, Ok<ImportResult>, ValidationProblem, ProblemHttpResult>> ImportCsv(
        HttpContext http, bool? confirmedNotDuplicates, [AsParameters] RegistryServices services, IValidator<RegisterPatientRequest> validator, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        if (http.Request.ContentLength > MaxBytes)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [$"Import at most {MaxBytes / 1024 / 1024} MB at once."] });
        }

        var file = await ReadLimitedAsync(http.Request.Body, cancellationToken);
        if (file is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [$"Import at most {MaxBytes / 1024 / 1024} MB at once."] });
        }

        var (text, notUtf8) = CsvFileDecoder.Decode(file);
        if (text is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [notUtf8!] });
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        if (await services.Db.PatientImports.AsNoTracking().FirstOrDefaultAsync(i => i.AssociationId == staff.AssociationId && i.ContentHash == hash, cancellationToken) is { } earlier)
        {
            return TypedResults.Ok(new ImportResult(earlier.Id, earlier.RowCount, AlreadyImported: true, earlier.ImportedAt));
        }

        var (rows, fileErrors) = CsvRowReader.Read(text);
        if (fileErrors is not null || rows.Count == 0 || rows.Count > MaxRows)
        {
            return TypedResults.ValidationProblem(fileErrors ?? new() { ["file"] = [rows.Count == 0 ? "The file has no patient rows." : $"Import at most {MaxRows} rows at once."] });
        }

        // The duplicate search and the inserts hold the association's import lock, so a registration
        // of the same person sent meanwhile waits and then finds the imported one (or the reverse).
        await using var transaction = await services.Db.Database.BeginTransactionAsync(cancellationToken);
        await DuplicateDetectionLock.AcquireForImportAsync(services.Db, staff.AssociationId, cancellationToken);
        var drafts = await ValidateAsync(rows, staff, confirmedNotDuplicates == true, services, validator, cancellationToken);
        if (drafts.Rejected.Count > 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: $"{drafts.Rejected.Count} of {rows.Count} rows cannot be imported; nothing was imported.",
                detail: "Correct the rows listed in rejectedRows and upload the whole file again.",
                extensions: new Dictionary<string, object?> { ["rejectedRows"] = drafts.Rejected });
        }

        var now = services.Time.GetUtcNow();
        var import = PatientImport.Record(staff.AssociationId, hash, rows.Count, staff.Login, now);
        var families = await PatientFamilies.ForImportAsync(services.Db, staff.AssociationId, drafts.Accepted.Select(a => a.Draft).ToList(), now, cancellationToken);
        foreach (var ((draft, branchId), familyId) in drafts.Accepted.Zip(families))
        {
            var patient = Patient.Register(draft, staff.AssociationId, branchId, familyId, staff.Login, now);
            services.Db.Patients.Add(patient);
            services.Db.IndexName(patient);
            services.Audit.Record(staff, AuditActions.PatientRegistered, patient.Id, $"import {import.Id}");
            services.Db.AddIntegrationEvent(patient.ToRegisteredEvent(now));
        }

        services.Db.PatientImports.Add(import);
        services.Audit.Record(staff, AuditActions.Imported, null, $"import {import.Id}: {rows.Count} patients");
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The same file is being imported right now; check the result in a moment.");
        }

        return TypedResults.Created((string?)null, new ImportResult(import.Id, rows.Count, AlreadyImported: false, now));
    }

    /// <summary>Reads the body up to the limit whatever Content-Length claims; null when it is larger.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private sealed record Validated(List<(PatientDraft Draft, string? BranchId)> Accepted, List<RejectedRow> Rejected);

    private static async Task<Validated> ValidateAsync(
        IReadOnlyList<CsvRowReader.Row> rows, StaffMember staff, bool confirmedNotDuplicates, RegistryServices services, IValidator<RegisterPatientRequest> validator, CancellationToken cancellationToken)
    {
        var branches = await services.Db.Branches.Where(b => b.AssociationId == staff.AssociationId).Select(b => b.Id).ToListAsync(cancellationToken);
        var accepted = new List<(PatientDraft, string?)>();
        var rejected = new List<RejectedRow>();
        var seenInFile = new Dictionary<(DateOnly?, int, string), int>();
        foreach (var row in rows)
        {
            var errors = new Dictionary<string, string[]>(row.Errors);
            foreach (var failure in (await validator.ValidateAsync(row.Request, cancellationToken)).Errors)
            {
                errors.TryAdd(ToColumn(failure.PropertyName), [failure.ErrorMessage]);
            }

            var branchId = staff.BranchId ?? row.Request.BranchId;
            if (branchId is not null && (!branches.Contains(branchId) || (staff.BranchId is not null && row.Request.BranchId is not null && row.Request.BranchId != staff.BranchId)))
            {
                errors.TryAdd("branch_id", ["This branch is not one you can register patients in."]);
            }

            if (errors.Count == 0)
            {
                var draft = PatientsApi.ToDraft(row.Request, services.Protector, services.Catalog);
                var key = (draft.DateOfBirth, draft.BirthYear, NameSearch.Fold(draft.FirstName, draft.LastName));
                if (!confirmedNotDuplicates && seenInFile.TryGetValue(key, out var firstLine))
                {
                    errors["duplicate"] = [$"Same person as line {firstLine} of this file?"];
                }
                else if (!confirmedNotDuplicates && await DuplicateFinder.FindAsync(services.Db, staff.AssociationId, draft, services.Protector, cancellationToken) is { Count: > 0 } candidates)
                {
                    errors["duplicate"] = [$"Possibly already registered as {string.Join(", ", candidates.Select(c => c.RegistryId))} ({string.Join(", ", candidates.SelectMany(c => c.MatchedOn).Distinct())})."];
                }
                else
                {
                    seenInFile.TryAdd(key, row.Line);
                    accepted.Add((draft, branchId));
                }
            }

            if (errors.Count > 0)
            {
                rejected.Add(new RejectedRow(row.Line, errors));
            }
        }

        return new Validated(accepted, rejected);
    }

    /// <summary>Names a validation failure by the CSV column the user can fix ("guardians[0].phone" is guardian_phone).</summary>
    private static string ToColumn(string property)
    {
        var name = property
            .Replace("guardians[0].", "guardian_", StringComparison.Ordinal)
            .Replace("consents[0].", "consent_", StringComparison.Ordinal)
            .Replace("diagnoses[0].", "", StringComparison.Ordinal);
        var column = new StringBuilder();
        foreach (var character in name)
        {
            if (char.IsUpper(character))
            {
                column.Append('_').Append(char.ToLowerInvariant(character));
            }
            else
            {
                column.Append(character);
            }
        }

        return column.ToString();
    }
}
