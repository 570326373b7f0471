using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Funding.Audit;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Funding.Ledger;
using PatientNetwork.Funding.Programmes;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Claims;

public static partial class ClaimsApi
{
    /// <summary>
    /// Decides a claim in review under the programme's current version: each line's arithmetic,
    /// then approved, partially approved, or rejected when nothing can be covered. The covered
    /// amount is reserved in the ledger (a pending transfer from the programme's fund to claims
    /// payable) in the same transaction. Approvals of one programme take its fund's row lock in
    /// turn, so the patient's annual cap and the programme's budget and money hold when many
    /// arrive at once. The approver is not the submitter; above the configured amount, an admin.
    /// The same Idempotency-Key again answers with the claim as decided.
    /// </summary>
    public static async Task<Results<Ok<ClaimResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ApproveClaim(
        Guid id, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, HttpContext http, [AsParameters] ClaimServices services, CancellationToken cancellationToken)
    {
        if (IdempotencyKeys.Validate(idempotencyKey) is { } keyErrors)
        {
            return TypedResults.ValidationProblem(keyErrors);
        }

        var staff = http.Staff();
        var db = services.Db;
        var by = Actor.Of(staff);
        await services.Ledger.EnsureAssociationAccountsAsync(staff.AssociationId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claim = await ClaimQueries.LockAsync(db, staff, id, cancellationToken);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }

        if (await ReplayAsync(services.Ledger, staff, idempotencyKey!, claim, LedgerTransactionKinds.ClaimReservation, cancellationToken) is { } replay)
        {
            return replay;
        }

        claim.EnsureDecidableBy(by);
        var programme = await db.Programmes.AsNoTracking().CurrentAsync(staff.AssociationId, claim.ProgrammeId, cancellationToken)
            ?? throw new FundingConflictException("The claim's programme no longer exists.", $"Programme {claim.ProgrammeId} has no current version.");
        var fundCode = LedgerAccountCodes.ProgrammeFund(programme.ProgrammeId);
        var accounts = await services.Ledger.LockAsync(staff.AssociationId, [fundCode, LedgerAccountCodes.ClaimsPayable], cancellationToken);
        var fund = accounts[fundCode];

        var coverage = await services.Evaluator.EvaluateAsync(programme, claim.PatientId, claim.Lines.Select(l => l.ToCover()).ToList(), fund.Available, cancellationToken);
        var limit = services.Options.Value.AdminApprovalAboveCentimes;
        if (coverage.Covered > limit && !by.IsAdmin)
        {
            throw new FundingConflictException(
                "This approval needs an admin.",
                $"It covers {coverage.Covered} centimes, above the {limit} centimes a coordinator may approve.",
                new Dictionary<string, object?> { ["claimId"] = id, ["coveredCentimes"] = coverage.Covered, ["adminApprovalAboveCentimes"] = limit },
                StatusCodes.Status403Forbidden);
        }

        var now = services.Time.GetUtcNow();
        claim.Decide(programme, coverage, by, now, null);
        if (coverage.Covered > 0)
        {
            var reservation = services.Ledger.Record(staff.AssociationId, idempotencyKey!, LedgerTransactionKinds.ClaimReservation,
                $"Claim {claim.Id}: reserved on approval", staff.Login, pending: true,
                [(fund, LedgerSide.Debit, coverage.Covered), (accounts[LedgerAccountCodes.ClaimsPayable], LedgerSide.Credit, coverage.Covered)], claim.Id);
            claim.AttachReservation(reservation.Id);
            await services.Usage.CountAsync(claim, counted: true, cancellationToken);
            db.AddIntegrationEvent(new ClaimApproved(Guid.CreateVersion7(now), now, claim.Id, claim.PatientId, claim.AssociationId, programme.ProgrammeId, programme.Version,
                claim.Status == ClaimStatus.PartiallyApproved, claim.DiagnosisGroup, claim.RegionCode));
        }

        services.Audit.Record(staff, AuditActions.ClaimChanged, [claim.PatientId], $"claim {id}: decided {ClaimTransitionException.Kebab(claim.Status)}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(ClaimResponse.From(claim));
    }

    /// <summary>
    /// What the family would receive if this claim were decided now, line by line, under the
    /// programme's current version and what is left of the cap and the budget today. Nothing is
    /// saved or reserved: a claim approved later may get less if others are approved first.
    /// </summary>
    public static async Task<Results<Ok<SimulationResponse>, ValidationProblem>> SimulateClaim(
        ClaimRequest request, HttpContext http, [AsParameters] ClaimServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var db = services.Db;
        var (account, programme, error) = await AccountAndProgrammeAsync(db, staff, request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var fundCode = LedgerAccountCodes.ProgrammeFund(programme!.ProgrammeId);
        var fund = await db.LedgerAccounts.AsNoTracking().FirstAsync(a => a.AssociationId == staff.AssociationId && a.Code == fundCode, cancellationToken);
        var lines = request.ToDraft().Lines;
        var coverage = await services.Evaluator.EvaluateAsync(programme, account!.PatientId, lines, fund.Available, cancellationToken);
        services.Audit.Record(staff, AuditActions.ClaimSimulated, [account.PatientId], $"programme {programme.ProgrammeId} v{programme.Version}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new SimulationResponse(
            programme.ProgrammeId,
            programme.Version,
            new ClaimTotals(coverage.Claimed, coverage.OtherPayer, coverage.Eligible, coverage.Covered, coverage.FamilyShare, coverage.Reductions, 0, "MAD"),
            lines.Select(l => ClaimLineResponse.From(l, coverage.Lines.Single(c => c.Number == l.Number))).ToList(),
            "An estimate: nothing is reserved until the claim is approved."));
    }

    /// <summary>
    /// Undoes a decided claim. A paid one: its payment and the posting of its reservation are
    /// reversed (new mirror transactions). An approved, unpaid one: its reservation is voided.
    /// Either way the amount counts against the cap and the budget no more.
    /// </summary>
    public static async Task<Results<Ok<ClaimResponse>, NotFound, ValidationProblem>> ReverseClaim(
        Guid id, ClaimNoteRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey,
        HttpContext http, [AsParameters] ClaimServices services, CancellationToken cancellationToken)
    {
        if (IdempotencyKeys.Validate(idempotencyKey) is { } keyErrors)
        {
            return TypedResults.ValidationProblem(keyErrors);
        }

        var staff = http.Staff();
        var db = services.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claim = await ClaimQueries.LockAsync(db, staff, id, cancellationToken);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }

        if (await ReplayAsync(services.Ledger, staff, idempotencyKey!, claim, LedgerTransactionKinds.Reversal, cancellationToken) is { } replay)
        {
            return replay.Result is Ok<ClaimResponse> ok ? ok : TypedResults.NotFound();
        }

        var wasPaid = claim.Status == ClaimStatus.Paid;
        var reservationId = claim.ReservationTransactionId;
        var paymentId = claim.PaymentTransactionId;
        var reason = request.Text!.Trim();
        claim.Reverse(reason, Actor.Of(staff), services.Time.GetUtcNow());
        if (reservationId is { } reserved)
        {
            var codes = (await services.Ledger.AccountCodesOfAsync(reserved, cancellationToken))
                .Concat(paymentId is { } paid ? await services.Ledger.AccountCodesOfAsync(paid, cancellationToken) : []).ToList();
            var accounts = await services.Ledger.LockAsync(staff.AssociationId, codes, cancellationToken);
            if (wasPaid)
            {
                await services.Ledger.ReverseAsync(paymentId!.Value, idempotencyKey!, $"Claim {id} reversed: {reason}", staff.Login, accounts, cancellationToken);
                await services.Ledger.ReverseAsync(reserved, $"{idempotencyKey}#reservation", $"Claim {id} reversed: {reason}", staff.Login, accounts, cancellationToken);
            }
            else
            {
                await services.Ledger.ResolveAsync(reserved, post: false, staff.Login, accounts, cancellationToken);
            }

            // Still under the programme fund's lock taken with the reservation's accounts.
            await services.Usage.CountAsync(claim, counted: false, cancellationToken);
        }

        services.Audit.Record(staff, AuditActions.ClaimChanged, [claim.PatientId], $"claim {id}: reversed");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(ClaimResponse.From(claim));
    }

    /// <summary>A key already used: the claim as it is now when the key moved this claim's money this way, otherwise a 409.</summary>
    internal static async Task<Results<Ok<ClaimResponse>, NotFound, ValidationProblem, ProblemHttpResult>?> ReplayAsync(
        FundLedger ledger, StaffMember staff, string key, Claim claim, string kind, CancellationToken cancellationToken)
    {
        var existing = await ledger.FindAsync(staff.AssociationId, key, cancellationToken);
        if (existing is null)
        {
            return null;
        }

        return existing.ClaimId == claim.Id && existing.Kind == kind
            ? TypedResults.Ok(ClaimResponse.From(claim))
            : throw new FundingConflictException(
                "This Idempotency-Key was used for another request.",
                $"The key recorded a {existing.Kind} (transaction {existing.Id}); use a new key for a new request.");
    }
}
