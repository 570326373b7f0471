using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Funding.Audit;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Claims;

public static partial class ClaimsApi
{
    /// <summary>What the Registry is told while Funding keeps accounting records of a patient (it then refuses erasure).</summary>
    public const string RetentionReason =
        "Medicine claims and payments for this patient are accounting records, kept 10 years (law 9-88 on the accounting obligations of traders, article 22).";

    /// <summary>
    /// Submits a draft for review. The first claim of a patient also tells the Registry to keep the
    /// record (<c>RetentionHoldChanged</c>), in the same transaction.
    /// </summary>
    public static Task<Results<Ok<ClaimResponse>, NotFound>> SubmitClaim(Guid id, HttpContext http, [AsParameters] ClaimServices services, CancellationToken cancellationToken) =>
        ChangeAsync(id, http, services, "submitted", async (claim, by, now) =>
        {
            claim.Submit(by, now);
            var placed = await services.Db.Database.ExecuteSqlAsync(
                $"UPDATE coverage_accounts SET retention_held = TRUE WHERE patient_id = {claim.PatientId} AND NOT retention_held", cancellationToken);
            if (placed > 0)
            {
                services.Db.AddIntegrationEvent(new RetentionHoldChanged(Guid.CreateVersion7(now), now, claim.PatientId, claim.AssociationId, "funding", true, RetentionReason));
            }
        }, cancellationToken);

    public static Task<Results<Ok<ClaimResponse>, NotFound>> StartReview(Guid id, HttpContext http, [AsParameters] ClaimServices services, CancellationToken cancellationToken) =>
        ChangeAsync(id, http, services, "taken into review", (claim, by, now) => Done(() => claim.StartReview(by, now)), cancellationToken);

    /// <summary>Asks the family for something missing (a legible scan, the prescription); the claim waits in information-requested.</summary>
    public static Task<Results<Ok<ClaimResponse>, NotFound>> RequestInformation(
        Guid id, ClaimNoteRequest request, HttpContext http, [AsParameters] ClaimServices services, CancellationToken cancellationToken) =>
        ChangeAsync(id, http, services, "information requested", (claim, by, now) => Done(() => claim.RequestInformation(request.Text!.Trim(), by, now)), cancellationToken);

    /// <summary>Records the family's answer; the claim goes back into review.</summary>
    public static Task<Results<Ok<ClaimResponse>, NotFound>> ProvideInformation(
        Guid id, ClaimNoteRequest request, HttpContext http, [AsParameters] ClaimServices services, CancellationToken cancellationToken) =>
        ChangeAsync(id, http, services, "information provided", (claim, by, now) => Done(() => claim.ProvideInformation(request.Text!.Trim(), by, now)), cancellationToken);

    /// <summary>Rejects an undecided claim with a coded reason and the words the family reads.</summary>
    public static Task<Results<Ok<ClaimResponse>, NotFound>> RejectClaim(
        Guid id, RejectionRequest request, HttpContext http, [AsParameters] ClaimServices services, CancellationToken cancellationToken) =>
        ChangeAsync(id, http, services, $"rejected ({request.Code})", (claim, by, now) => Done(() => claim.Reject(request.Code!, request.Reason!.Trim(), by, now)), cancellationToken);

    /// <summary>Claims a rejected claim's invoice again as a new draft linked to it (once), to be corrected and submitted.</summary>
    public static async Task<Results<Created<ClaimResponse>, NotFound, ProblemHttpResult>> ResubmitClaim(
        Guid id, HttpContext http, [AsParameters] ClaimServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var db = services.Db;
        var now = services.Time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rejected = await ClaimQueries.LockAsync(db, staff, id, cancellationToken);
        if (rejected is null)
        {
            return TypedResults.NotFound();
        }

        var by = Actor.Of(staff);
        var draft = rejected.ToDraft();
        var resubmission = Claim.Create(rejected.AssociationId, rejected.BranchId, rejected.PatientId, rejected.ProgrammeId, rejected.RegionCode, rejected.DiagnosisGroup,
            draft, by, now, rejected.Id);
        rejected.MarkResubmittedAs(resubmission.Id, by, now);
        if (await DuplicateAsync(db, staff.AssociationId, draft.InvoiceKey, rejected.Id, cancellationToken) is { } duplicate)
        {
            return duplicate;
        }

        db.Claims.Add(resubmission);
        services.Audit.Record(staff, AuditActions.ClaimCreated, [rejected.PatientId], $"claim {resubmission.Id}: resubmission of {rejected.Id}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/claims/{resubmission.Id}", ClaimResponse.From(resubmission));
    }

    /// <summary>Locks the claim, applies one step of its life, and commits it with its audit row (and any event) or not at all.</summary>
    private static async Task<Results<Ok<ClaimResponse>, NotFound>> ChangeAsync(
        Guid id, HttpContext http, ClaimServices services, string what, Func<Claim, Actor, DateTimeOffset, Task> change, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var db = services.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claim = await ClaimQueries.LockAsync(db, staff, id, cancellationToken);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }

        await change(claim, Actor.Of(staff), services.Time.GetUtcNow());
        services.Audit.Record(staff, AuditActions.ClaimChanged, [claim.PatientId], $"claim {id}: {what}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(ClaimResponse.From(claim));
    }

    private static Task Done(Action change)
    {
        change();
        return Task.CompletedTask;
    }
}
