using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Funding.Audit;
using PatientNetwork.Funding.Claims;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Funding.Ledger;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.ServiceDefaults;
using PatientNetwork.ServiceDefaults.Csv;

namespace PatientNetwork.Funding.Payouts;

/// <summary>Payout runs: approved claims paid to pharmacies or families, each at most once, exported for the bank.</summary>
public static class PayoutsApi
{
    public static RouteGroupBuilder MapPayoutsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/payout-runs").WithTags("Payouts").RequireAuthorization(FundingPolicies.Treasury)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/", CreatePayoutRun).Validate<PayoutRunRequest>();
        group.MapGet("/", ListPayoutRuns);
        group.MapGet("/{id:guid}", GetPayoutRun);
        group.MapGet("/{id:guid}/export", ExportPayoutRun);
        group.MapPost("/{id:guid}/claims/{claimId:guid}/payment", PayClaim).Validate<PaymentRequest>();
        group.MapPost("/{id:guid}/claims/{claimId:guid}/failure", RecordPaymentFailure).Validate<PaymentFailureRequest>();
        return group;
    }

    /// <summary>
    /// Puts approved claims into a new run (each claim in one run at a time). The same
    /// Idempotency-Key again answers with the run it created.
    /// </summary>
    public static async Task<Results<Created<PayoutRunResponse>, Ok<PayoutRunResponse>, ValidationProblem>> CreatePayoutRun(
        PayoutRunRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, HttpContext http, FundingDbContext db,
        FundingAuditTrail audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (IdempotencyKeys.Validate(idempotencyKey) is { } keyErrors)
        {
            return TypedResults.ValidationProblem(keyErrors);
        }

        var staff = http.Staff();
        if (await ExistingRunAsync(db, staff, idempotencyKey!, cancellationToken) is { } replay)
        {
            return replay;
        }

        var ids = request.ClaimIds!.Order().ToArray();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM claims WHERE id = ANY({ids}) AND association_id = {staff.AssociationId} ORDER BY id FOR UPDATE", cancellationToken);
            var claims = await db.Claims.VisibleTo(staff).Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
            if (claims.Count != ids.Length)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["claimIds"] = [$"Not claims of yours: {string.Join(", ", ids.Except(claims.Select(c => c.Id)))}."] });
            }

            var now = time.GetUtcNow();
            var run = PayoutRun.Create(staff.AssociationId, idempotencyKey!, request.Payee!.Value, request.Method!.Value, ids, staff.Login, now);
            var by = Actor.Of(staff);
            foreach (var claim in claims)
            {
                claim.ScheduleForPayout(run.Id, by, now);
            }

            db.PayoutRuns.Add(run);
            audit.Record(staff, AuditActions.ClaimChanged, claims.Select(c => c.PatientId).Distinct(), $"payout run {run.Id}: {claims.Count} claims scheduled");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return TypedResults.Created($"/payout-runs/{run.Id}", PayoutRunResponse.From(run, claims));
        }
        catch (DbUpdateException exception) when (UniqueViolation.Any(exception))
        {
            db.ChangeTracker.Clear();
            var winner = await ExistingRunAsync(db, staff, idempotencyKey!, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return winner;
        }
    }

    public static async Task<Results<Ok<PagedResult<PayoutRunSummary>>, ValidationProblem>> ListPayoutRuns(
        int? page, int? pageSize, HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize, null);
        if (paging.Validate([]) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var association = http.Staff().AssociationId;
        var runs = db.PayoutRuns.AsNoTracking().Where(r => r.AssociationId == association);
        var total = await runs.CountAsync(cancellationToken);
        var items = await runs.OrderByDescending(r => r.CreatedAt).Skip(paging.Skip).Take(paging.Size)
            .Select(r => new PayoutRunSummary(r.Id, r.Payee, r.Method, r.Status, r.ClaimIds.Count, r.CreatedAt, r.CompletedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<PayoutRunSummary>(items, paging.PageNumber, paging.Size, total));
    }

    public static async Task<Results<Ok<PayoutRunResponse>, NotFound>> GetPayoutRun(
        Guid id, HttpContext http, FundingDbContext db, FundingAuditTrail audit, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var (run, claims) = await LoadAsync(db, staff, id, cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        audit.Record(staff, AuditActions.PayoutRunRead, claims.Select(c => c.PatientId).Distinct(), $"payout run {id}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PayoutRunResponse.From(run, claims));
    }

    /// <summary>
    /// The run as a CSV for the bank or the treasurer: one row per claim still in the run, the payee
    /// (the pharmacy, or the family by its patient id: Funding holds no names), the amount in MAD and
    /// in centimes, and the reference to quote on the transfer or cheque.
    /// </summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> ExportPayoutRun(
        Guid id, HttpContext http, FundingDbContext db, FundingAuditTrail audit, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var (run, claims) = await LoadAsync(db, staff, id, cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        var inRun = claims.Where(c => c.PayoutRunId == run.Id).ToList();
        var rows = inRun.Select(c => (IReadOnlyList<string?>)
        [
            run.Id.ToString(), c.Id.ToString(), run.Payee == PayoutPayee.Pharmacy ? c.PharmacyName : $"Family of patient {c.PatientId}",
            run.Payee == PayoutPayee.Pharmacy ? c.PharmacyIce : null, c.PharmacyCity, ClaimTransitionException.Kebab(c.Status),
            Mad(c.CoveredCentimes ?? 0), (c.CoveredCentimes ?? 0).ToString(CultureInfo.InvariantCulture), "MAD",
            run.Method.ToString(), c.InvoiceNumber, $"PN-{c.Id.ToString("N")[..12].ToUpperInvariant()}",
        ]);
        var csv = CsvTable.ToUtf8(
            ["payout_run", "claim", "payee", "payee_ice", "city", "status", "amount_mad", "amount_centimes", "currency", "method", "invoice_number", "reference"], rows);
        audit.Record(staff, AuditActions.PayoutRunExported, inRun.Select(c => c.PatientId).Distinct(), $"payout run {id}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.File(csv, "text/csv; charset=utf-8", $"payout-run-{run.Id:N}.csv");
    }

    /// <summary>
    /// Records that a scheduled claim was paid: its reservation is posted and the payment (claims
    /// payable to bank or cash) recorded, in one transaction under the claim's row lock, so "pay"
    /// sent twice or at the same moment pays once: the same Idempotency-Key answers with the paid
    /// claim, another key with 409 (the claim is paid).
    /// </summary>
    public static async Task<Results<Ok<ClaimResponse>, NotFound, ValidationProblem, ProblemHttpResult>> PayClaim(
        Guid id, Guid claimId, PaymentRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey,
        HttpContext http, [AsParameters] ClaimServices services, CancellationToken cancellationToken)
    {
        if (IdempotencyKeys.Validate(idempotencyKey) is { } keyErrors)
        {
            return TypedResults.ValidationProblem(keyErrors);
        }

        var staff = http.Staff();
        var db = services.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claim = await ClaimQueries.LockAsync(db, staff, claimId, cancellationToken);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }

        if (await ClaimsApi.ReplayAsync(services.Ledger, staff, idempotencyKey!, claim, LedgerTransactionKinds.ClaimPayment, cancellationToken) is { } replay)
        {
            return replay;
        }

        var run = await LockRunAsync(db, staff, id, cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        if (claim.Status == ClaimStatus.PayoutScheduled && claim.PayoutRunId != run.Id)
        {
            throw new FundingConflictException("The claim is in another payout run.", $"Claim {claimId} is scheduled in payout run {claim.PayoutRunId}.");
        }

        var now = services.Time.GetUtcNow();
        var by = Actor.Of(staff);
        var amount = claim.CoveredCentimes ?? 0;
        var fundCode = LedgerAccountCodes.ProgrammeFund(claim.ProgrammeId);
        var accounts = await services.Ledger.LockAsync(staff.AssociationId, [fundCode, LedgerAccountCodes.ClaimsPayable, run.SourceAccountCode], cancellationToken);
        // The claim's own check first: a paid claim answers 409 "paid" before the ledger is touched.
        claim.MarkPaid(request.Reference, by, now);
        await services.Ledger.ResolveAsync(claim.ReservationTransactionId!.Value, post: true, staff.Login, accounts, cancellationToken);
        var payment = services.Ledger.Record(staff.AssociationId, idempotencyKey!, LedgerTransactionKinds.ClaimPayment,
            $"Claim {claimId} paid in run {run.Id}{(string.IsNullOrWhiteSpace(request.Reference) ? "" : $" ({request.Reference.Trim()})")}", staff.Login, pending: false,
            [(accounts[LedgerAccountCodes.ClaimsPayable], LedgerSide.Debit, amount), (accounts[run.SourceAccountCode], LedgerSide.Credit, amount)], claimId);
        claim.AttachPayment(payment.Id);
        db.AddIntegrationEvent(new ClaimPaid(Guid.CreateVersion7(now), now, claim.Id, claim.PatientId, claim.AssociationId, run.Id));
        await CompleteIfSettledAsync(db, run, claimId, now, cancellationToken);
        services.Audit.Record(staff, AuditActions.ClaimChanged, [claim.PatientId], $"claim {claimId}: paid in payout run {run.Id}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(ClaimResponse.From(claim));
    }

    /// <summary>
    /// The payment of a scheduled claim failed: the claim returns to approved, out of the run, its
    /// reservation untouched (nothing was posted, so nothing is released), ready for another run.
    /// </summary>
    public static async Task<Results<Ok<ClaimResponse>, NotFound>> RecordPaymentFailure(
        Guid id, Guid claimId, PaymentFailureRequest request, HttpContext http, [AsParameters] ClaimServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var db = services.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claim = await ClaimQueries.LockAsync(db, staff, claimId, cancellationToken);
        var run = claim is null ? null : await LockRunAsync(db, staff, id, cancellationToken);
        if (claim is null || run is null)
        {
            return TypedResults.NotFound();
        }

        if (claim.Status == ClaimStatus.PayoutScheduled && claim.PayoutRunId != run.Id)
        {
            throw new FundingConflictException("The claim is in another payout run.", $"Claim {claimId} is scheduled in payout run {claim.PayoutRunId}.");
        }

        var now = services.Time.GetUtcNow();
        claim.PaymentFailed(request.Reason!.Trim(), Actor.Of(staff), now);
        await CompleteIfSettledAsync(db, run, claimId, now, cancellationToken);
        services.Audit.Record(staff, AuditActions.ClaimChanged, [claim.PatientId], $"claim {claimId}: payment failed in payout run {run.Id}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(ClaimResponse.From(claim));
    }

    private static async Task CompleteIfSettledAsync(FundingDbContext db, PayoutRun run, Guid settledClaimId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var waiting = await db.Claims.CountAsync(c => c.PayoutRunId == run.Id && c.Status == ClaimStatus.PayoutScheduled && c.Id != settledClaimId, cancellationToken);
        if (run.CompleteIfSettled(waiting, now))
        {
            var paid = await db.Claims.CountAsync(c => c.PayoutRunId == run.Id && c.Status == ClaimStatus.Paid && c.Id != settledClaimId, cancellationToken)
                + (db.ChangeTracker.Entries<Claim>().Any(e => e.Entity.Id == settledClaimId && e.Entity.Status == ClaimStatus.Paid) ? 1 : 0);
            db.AddIntegrationEvent(new PayoutRunCompleted(Guid.CreateVersion7(now), now, run.Id, run.AssociationId, paid, run.ClaimIds.Count - paid));
        }
    }

    /// <summary>The run's row lock: the payments of its claims settle one at a time, so exactly one of them completes it.</summary>
    private static async Task<PayoutRun?> LockRunAsync(FundingDbContext db, StaffMember staff, Guid id, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM payout_runs WHERE id = {id} AND association_id = {staff.AssociationId} FOR UPDATE", cancellationToken);
        return await db.PayoutRuns.FirstOrDefaultAsync(r => r.Id == id && r.AssociationId == staff.AssociationId, cancellationToken);
    }

    private static async Task<(PayoutRun? Run, List<Claim> Claims)> LoadAsync(FundingDbContext db, StaffMember staff, Guid id, CancellationToken cancellationToken)
    {
        var run = await db.PayoutRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.AssociationId == staff.AssociationId, cancellationToken);
        if (run is null)
        {
            return (null, []);
        }

        var claims = await db.Claims.AsNoTracking().VisibleTo(staff).Where(c => run.ClaimIds.Contains(c.Id)).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return (run, claims);
    }

    private static async Task<Ok<PayoutRunResponse>?> ExistingRunAsync(FundingDbContext db, StaffMember staff, string key, CancellationToken cancellationToken)
    {
        var run = await db.PayoutRuns.AsNoTracking().FirstOrDefaultAsync(r => r.AssociationId == staff.AssociationId && r.IdempotencyKey == key, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var claims = await db.Claims.AsNoTracking().VisibleTo(staff).Where(c => run.ClaimIds.Contains(c.Id)).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(PayoutRunResponse.From(run, claims));
    }

    private static string Mad(long centimes) => (centimes / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
