using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Ledger;

/// <summary>The treasurer's view of the fund ledger: balances, postings, money received and moved between funds, reconciliation.</summary>
public static class LedgerApi
{
    public static RouteGroupBuilder MapLedgerApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/ledger").WithTags("Ledger").RequireAuthorization(FundingPolicies.Treasury);
        group.MapGet("/accounts", ListAccounts);
        group.MapGet("/accounts/{id:guid}", GetAccount);
        group.MapGet("/accounts/{id:guid}/postings", ListPostings);
        group.MapGet("/transactions/{id:guid}", GetTransaction);
        group.MapPost("/receipts", RecordReceipt).Validate<ReceiptRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/transfers", RecordTransfer).Validate<TransferRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/transactions/{id:guid}/reversal", ReverseTransaction).Validate<LedgerReversalRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/reconciliation", Reconcile);
        return group;
    }

    /// <summary>Every account of the association with its stored balances.</summary>
    public static async Task<Ok<List<LedgerAccountResponse>>> ListAccounts(HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var association = http.Staff().AssociationId;
        var accounts = await db.LedgerAccounts.AsNoTracking().Where(a => a.AssociationId == association).OrderBy(a => a.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok(accounts.Select(LedgerAccountResponse.From).ToList());
    }

    /// <summary>One account's stored balances (one row read: no sum over postings).</summary>
    public static async Task<Results<Ok<LedgerAccountResponse>, NotFound>> GetAccount(Guid id, HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var association = http.Staff().AssociationId;
        var account = await db.LedgerAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.AssociationId == association, cancellationToken);
        return account is null ? TypedResults.NotFound() : TypedResults.Ok(LedgerAccountResponse.From(account));
    }

    /// <summary>An account's postings, newest first.</summary>
    public static async Task<Results<Ok<PagedResult<AccountPostingResponse>>, NotFound, ValidationProblem>> ListPostings(
        Guid id, int? page, int? pageSize, HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize, null);
        if (paging.Validate([]) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var association = http.Staff().AssociationId;
        if (!await db.LedgerAccounts.AnyAsync(a => a.Id == id && a.AssociationId == association, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var postings = db.LedgerPostings.AsNoTracking().Where(p => p.AccountId == id)
            .Join(db.LedgerTransactions, p => p.TransactionId, t => t.Id, (p, t) => new { p, t });
        var total = await postings.CountAsync(cancellationToken);
        var items = await postings.OrderByDescending(x => x.p.Id).Skip(paging.Skip).Take(paging.Size)
            .Select(x => new AccountPostingResponse(x.p.Id, x.t.Id, x.t.Kind, x.t.State, x.p.Side, x.p.Amount, x.t.At, x.t.Memo))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<AccountPostingResponse>(items, paging.PageNumber, paging.Size, total));
    }

    public static async Task<Results<Ok<LedgerTransactionResponse>, NotFound>> GetTransaction(Guid id, HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var association = http.Staff().AssociationId;
        var transaction = await db.LedgerTransactions.AsNoTracking().Include(t => t.Postings).FirstOrDefaultAsync(t => t.Id == id && t.AssociationId == association, cancellationToken);
        return transaction is null ? TypedResults.NotFound() : TypedResults.Ok(LedgerTransactionResponse.From(transaction));
    }

    /// <summary>
    /// Records money received (a donation, a grant): bank or cash debited, the unrestricted fund or
    /// the programme's restricted fund credited. The same Idempotency-Key again answers with the
    /// transaction recorded the first time.
    /// </summary>
    public static async Task<Results<Created<LedgerTransactionResponse>, Ok<LedgerTransactionResponse>, ValidationProblem>> RecordReceipt(
        ReceiptRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, HttpContext http, FundingDbContext db, FundLedger ledger, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        if (IdempotencyKeys.Validate(idempotencyKey) is { } keyErrors)
        {
            return TypedResults.ValidationProblem(keyErrors);
        }

        var into = await FundCodeAsync(db, staff.AssociationId, request.ProgrammeId, cancellationToken);
        if (into is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["programmeId"] = ["No programme of your association has this id."] });
        }

        var from = request.Method == ReceiptMethod.Cash ? LedgerAccountCodes.Cash : LedgerAccountCodes.Bank;
        return await RecordOnceAsync(db, ledger, staff, idempotencyKey!, LedgerTransactionKinds.Receipt, [from, into], accounts => Task.FromResult(
            ledger.Record(staff.AssociationId, idempotencyKey!, LedgerTransactionKinds.Receipt, request.Memo!.Trim(), staff.Login, pending: false,
                [(accounts[from], LedgerSide.Debit, request.AmountCentimes!.Value), (accounts[into], LedgerSide.Credit, request.AmountCentimes!.Value)])),
            cancellationToken);
    }

    /// <summary>Moves money between funds (the general fund to a programme's, typically); refused when the source fund has not that much unpromised.</summary>
    public static async Task<Results<Created<LedgerTransactionResponse>, Ok<LedgerTransactionResponse>, ValidationProblem>> RecordTransfer(
        TransferRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, HttpContext http, FundingDbContext db, FundLedger ledger, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        if (IdempotencyKeys.Validate(idempotencyKey) is { } keyErrors)
        {
            return TypedResults.ValidationProblem(keyErrors);
        }

        var from = await FundCodeAsync(db, staff.AssociationId, request.FromProgrammeId, cancellationToken);
        var to = await FundCodeAsync(db, staff.AssociationId, request.ToProgrammeId, cancellationToken);
        if (from is null || to is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [from is null ? "fromProgrammeId" : "toProgrammeId"] = ["No programme of your association has this id."] });
        }

        return await RecordOnceAsync(db, ledger, staff, idempotencyKey!, LedgerTransactionKinds.Transfer, [from, to], accounts => Task.FromResult(
            ledger.Record(staff.AssociationId, idempotencyKey!, LedgerTransactionKinds.Transfer, request.Memo!.Trim(), staff.Login, pending: false,
                [(accounts[from], LedgerSide.Debit, request.AmountCentimes!.Value), (accounts[to], LedgerSide.Credit, request.AmountCentimes!.Value)])),
            cancellationToken);
    }

    /// <summary>Undoes a receipt or a transfer with a mirror transaction (claims are undone through the claim's reversal).</summary>
    public static async Task<Results<Created<LedgerTransactionResponse>, Ok<LedgerTransactionResponse>, ValidationProblem, NotFound>> ReverseTransaction(
        Guid id, LedgerReversalRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, HttpContext http, FundingDbContext db, FundLedger ledger, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        if (IdempotencyKeys.Validate(idempotencyKey) is { } keyErrors)
        {
            return TypedResults.ValidationProblem(keyErrors);
        }

        var original = await db.LedgerTransactions.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id && t.AssociationId == staff.AssociationId, cancellationToken);
        if (original is null)
        {
            return TypedResults.NotFound();
        }

        if (original.Kind is not (LedgerTransactionKinds.Receipt or LedgerTransactionKinds.Transfer))
        {
            throw new LedgerConflictException($"A {original.Kind} is undone through its claim (reversal of the claim), not here.");
        }

        var codes = await ledger.AccountCodesOfAsync(id, cancellationToken);
        var result = await RecordOnceAsync(db, ledger, staff, idempotencyKey!, LedgerTransactionKinds.Reversal, codes,
            accounts => ledger.ReverseAsync(id, idempotencyKey!, request.Reason!.Trim(), staff.Login, accounts, cancellationToken), cancellationToken);
        return result.Result switch
        {
            Created<LedgerTransactionResponse> created => created,
            Ok<LedgerTransactionResponse> ok => ok,
            _ => (ValidationProblem)result.Result,
        };
    }

    /// <summary>Debits = credits, posted and pending, and every account's stored sums = its postings' sums.</summary>
    public static async Task<Ok<ReconciliationResponse>> Reconcile(HttpContext http, FundingDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Ok(await LedgerReconciliation.RunAsync(db, http.Staff().AssociationId, time, cancellationToken));

    private static async Task<string?> FundCodeAsync(FundingDbContext db, string associationId, Guid? programmeId, CancellationToken cancellationToken)
    {
        if (programmeId is not { } id)
        {
            return LedgerAccountCodes.UnrestrictedFund;
        }

        var code = LedgerAccountCodes.ProgrammeFund(id);
        return await db.LedgerAccounts.AnyAsync(a => a.AssociationId == associationId && a.Code == code, cancellationToken) ? code : null;
    }

    /// <summary>
    /// Records a transaction once per Idempotency-Key: a key seen before answers 200 with what it
    /// recorded (409 if it recorded something of another kind); two requests with one key at the
    /// same moment meet on the unique index, and the loser answers with the winner's transaction.
    /// </summary>
    private static async Task<Results<Created<LedgerTransactionResponse>, Ok<LedgerTransactionResponse>, ValidationProblem>> RecordOnceAsync(
        FundingDbContext db, FundLedger ledger, StaffMember staff, string key, string kind, IReadOnlyCollection<string> codes,
        Func<IReadOnlyDictionary<string, LedgerAccount>, Task<LedgerTransaction>> record, CancellationToken cancellationToken)
    {
        if (await ReplayAsync(ledger, staff.AssociationId, key, kind, cancellationToken) is { } replay)
        {
            return replay;
        }

        await ledger.EnsureAssociationAccountsAsync(staff.AssociationId, cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var accounts = await ledger.LockAsync(staff.AssociationId, codes, cancellationToken);
            var recorded = await record(accounts);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return TypedResults.Created($"/ledger/transactions/{recorded.Id}", LedgerTransactionResponse.From(recorded));
        }
        catch (DbUpdateException exception) when (UniqueViolation.On(exception, LedgerConfiguration.IdempotencyKeyIndex))
        {
            db.ChangeTracker.Clear();
            return (await ReplayAsync(ledger, staff.AssociationId, key, kind, cancellationToken))!;
        }
    }

    private static async Task<Ok<LedgerTransactionResponse>?> ReplayAsync(FundLedger ledger, string associationId, string key, string kind, CancellationToken cancellationToken)
    {
        var existing = await ledger.FindAsync(associationId, key, cancellationToken);
        if (existing is null)
        {
            return null;
        }

        return existing.Kind == kind
            ? TypedResults.Ok(LedgerTransactionResponse.From(existing))
            : throw new LedgerConflictException($"This Idempotency-Key was used for a {existing.Kind} (transaction {existing.Id}); use a new key for a new request.");
    }
}
