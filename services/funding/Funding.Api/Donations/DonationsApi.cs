using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Funding.Audit;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Funding.Ledger;
using PatientNetwork.Funding.Receipts;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Donations;

/// <summary>Gifts: recorded on the fund ledger with their numbered receipt in one transaction; refunded by reversal.</summary>
public static class DonationsApi
{
    public static RouteGroupBuilder MapDonationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/donations").WithTags("Donations").RequireAuthorization(FundingPolicies.Gifts);
        group.MapPost("/", RecordDonation).Validate<RecordDonationRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ListDonations);
        group.MapGet("/{id:guid}", GetDonation);
        group.MapPost("/{id:guid}/refund", RefundDonation).Validate<RefundDonationRequest>().RequireAuthorization(FundingPolicies.Treasury).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>
    /// Records a gift: the asset it came into (bank, cash, goods in kind) debited and the designated fund credited,
    /// its receipt numbered, all in one transaction. The same Idempotency-Key again answers 200 with the gift
    /// recorded the first time.
    /// </summary>
    public static async Task<Results<Created<DonationResponse>, Ok<DonationResponse>, ValidationProblem>> RecordDonation(
        RecordDonationRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, HttpContext http,
        FundingDbContext db, FundLedger ledger, FundingAuditTrail audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        if (IdempotencyKeys.Validate(idempotencyKey) is { } keyErrors)
        {
            return TypedResults.ValidationProblem(keyErrors);
        }

        if (await ReplayAsync(db, staff.AssociationId, idempotencyKey!, cancellationToken) is { } replay)
        {
            return replay;
        }

        var donor = await db.Donors.AsNoTracking().FirstOrDefaultAsync(d => d.Id == request.DonorId && d.AssociationId == staff.AssociationId, cancellationToken);
        if (donor is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["donorId"] = ["No donor of your association has this id."] });
        }

        var pledge = request.PledgeId is { } pledgeId
            ? await db.Pledges.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pledgeId && p.AssociationId == staff.AssociationId && p.DonorId == donor.Id, cancellationToken)
            : null;
        if (request.PledgeId is not null && (pledge is null || (request.CampaignId is not null && request.CampaignId != pledge.CampaignId)))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["pledgeId"] = ["No pledge of this donor has this id (with this campaign)."] });
        }

        var designatedCampaign = request.CampaignId ?? pledge?.CampaignId;
        var campaign = designatedCampaign is { } campaignId
            ? await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId && c.AssociationId == staff.AssociationId, cancellationToken)
            : null;
        if (designatedCampaign is not null && campaign is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["campaignId"] = ["No campaign of your association has this id."] });
        }

        var fundCode = campaign is not null ? LedgerAccountCodes.CampaignFund(campaign.Id)
            : request.ProgrammeId is { } programmeId ? LedgerAccountCodes.ProgrammeFund(programmeId)
            : LedgerAccountCodes.UnrestrictedFund;
        if (request.ProgrammeId is not null && !await db.LedgerAccounts.AnyAsync(a => a.AssociationId == staff.AssociationId && a.Code == fundCode, cancellationToken))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["programmeId"] = ["No programme of your association has this id."] });
        }

        var assetCode = request.Method switch
        {
            DonationMethod.Cash => LedgerAccountCodes.Cash,
            DonationMethod.InKind => LedgerAccountCodes.InKindGoods,
            _ => LedgerAccountCodes.Bank,
        };
        var now = time.GetUtcNow();
        var receivedOn = request.ReceivedOn ?? DateOnly.FromDateTime(now.UtcDateTime);
        var amount = request.AmountCentimes!.Value;
        await ledger.EnsureAssociationAccountsAsync(staff.AssociationId, cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var accounts = await ledger.LockAsync(staff.AssociationId, [assetCode, fundCode], cancellationToken);
            if (pledge is not null)
            {
                var locked = await db.Pledges.FromSql($"SELECT * FROM pledges WHERE id = {pledge.Id} FOR UPDATE").SingleAsync(cancellationToken);
                locked.RecordPayment(amount);
            }

            var donationId = Guid.CreateVersion7(now);
            var memo = $"Gift {donationId} ({request.Method})";
            var posted = ledger.Record(staff.AssociationId, $"donation:{idempotencyKey}", LedgerTransactionKinds.Donation, memo, staff.Login, pending: false,
                [(accounts[assetCode], LedgerSide.Debit, amount), (accounts[fundCode], LedgerSide.Credit, amount)]);
            var donation = Donation.Record(donationId, staff.AssociationId, donor.Id, request.Method!.Value, amount, request.ChequeNumber?.Trim(), request.CardReference?.Trim(),
                request.InKindDescription?.Trim(), campaign?.Id, campaign is null ? request.ProgrammeId : null, fundCode, receivedOn, posted.Id, idempotencyKey!, staff.Login, now, pledge?.Id);
            db.Donations.Add(donation);
            var sequence = await ReceiptNumbers.NextAsync(db, staff.AssociationId, receivedOn.Year, cancellationToken);
            var receipt = Receipt.Issue(staff.AssociationId, receivedOn.Year, sequence, ReceiptKind.Gift, donor.Id, donation.Id, donor.Name, amount, 1, receivedOn, staff.Login, now);
            db.Receipts.Add(receipt);
            db.AddIntegrationEvent(new DonationReceived(Guid.CreateVersion7(now), now, donation.Id, staff.AssociationId, campaign?.Id, amount, "MAD",
                donation.Method == DonationMethod.InKind, donor.PublicThanksName));
            if (campaign is not null)
            {
                db.AddIntegrationEvent(new CampaignProgressed(Guid.CreateVersion7(now), now, campaign.Id, staff.AssociationId, campaign.GoalCentimes, accounts[fundCode].Balance));
            }

            audit.Record(staff, AuditActions.DonationRecorded, [donor.Id], $"donation={donation.Id}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return TypedResults.Created($"/donations/{donation.Id}", DonationResponse.From(donation, receipt));
        }
        catch (DbUpdateException exception) when (UniqueViolation.On(exception, DonationConfiguration.IdempotencyKeyIndex) || UniqueViolation.On(exception, LedgerConfiguration.IdempotencyKeyIndex))
        {
            db.ChangeTracker.Clear();
            return (await ReplayAsync(db, staff.AssociationId, idempotencyKey!, cancellationToken))
                ?? throw new FundingConflictException("This Idempotency-Key was used for another request.", "Use a new Idempotency-Key for a new gift.");
        }
    }

    /// <summary>The association's gifts, newest first, optionally of one donor or one campaign.</summary>
    public static async Task<Results<Ok<PagedResult<DonationResponse>>, ValidationProblem>> ListDonations(
        Guid? donorId, Guid? campaignId, int? page, int? pageSize, HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize, null);
        if (paging.Validate([]) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var association = http.Staff().AssociationId;
        var query = db.Donations.AsNoTracking().Where(d => d.AssociationId == association);
        query = donorId is { } donor ? query.Where(d => d.DonorId == donor) : query;
        query = campaignId is { } campaign ? query.Where(d => d.CampaignId == campaign) : query;
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(d => d.RecordedAt).Skip(paging.Skip).Take(paging.Size)
            .GroupJoin(db.Receipts, d => (Guid?)d.Id, r => r.DonationId, (d, r) => new { d, r })
            .SelectMany(x => x.r.DefaultIfEmpty(), (x, r) => new { x.d, r })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<DonationResponse>(items.Select(x => DonationResponse.From(x.d, x.r)).ToList(), paging.PageNumber, paging.Size, total));
    }

    public static async Task<Results<Ok<DonationResponse>, NotFound>> GetDonation(Guid id, HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var association = http.Staff().AssociationId;
        var donation = await db.Donations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.AssociationId == association, cancellationToken);
        if (donation is null)
        {
            return TypedResults.NotFound();
        }

        var receipt = await db.Receipts.AsNoTracking().FirstOrDefaultAsync(r => r.DonationId == id, cancellationToken);
        return TypedResults.Ok(DonationResponse.From(donation, receipt));
    }

    /// <summary>
    /// Gives a gift back: its ledger transaction reversed (refused, 409, if the fund has spent the money), the gift
    /// marked refunded and its receipt cancelled (it keeps its number). A correction is a refund and the right gift recorded.
    /// </summary>
    public static async Task<Results<Ok<DonationResponse>, NotFound, ValidationProblem>> RefundDonation(
        Guid id, RefundDonationRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, HttpContext http,
        FundingDbContext db, FundLedger ledger, FundingAuditTrail audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        if (IdempotencyKeys.Validate(idempotencyKey) is { } keyErrors)
        {
            return TypedResults.ValidationProblem(keyErrors);
        }

        var found = await db.Donations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.AssociationId == staff.AssociationId, cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        var refundKey = $"refund:{idempotencyKey}";
        if (found.RefundTransactionId is { } done && await db.LedgerTransactions.AnyAsync(t => t.Id == done && t.IdempotencyKey == refundKey, cancellationToken))
        {
            return TypedResults.Ok(DonationResponse.From(found, await db.Receipts.AsNoTracking().FirstOrDefaultAsync(r => r.DonationId == id, cancellationToken)));
        }

        var codes = await ledger.AccountCodesOfAsync(found.LedgerTransactionId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var accounts = await ledger.LockAsync(staff.AssociationId, codes, cancellationToken);
        var donation = await db.Donations.FirstAsync(d => d.Id == id, cancellationToken);
        var receipt = await db.Receipts.FirstOrDefaultAsync(r => r.DonationId == id, cancellationToken);
        if (donation.Status == DonationStatus.Refunded)
        {
            donation.Refund(Guid.Empty, "");
        }

        var reason = request.Reason!.Trim();
        var reversal = await ledger.ReverseAsync(donation.LedgerTransactionId, refundKey, $"Refund of gift {donation.Id}: {reason}", staff.Login, accounts, cancellationToken);
        donation.Refund(reversal.Id, reason);
        receipt?.Cancel($"Gift refunded: {reason}");
        if (donation.PledgeId is { } pledgeId)
        {
            var pledge = await db.Pledges.FromSql($"SELECT * FROM pledges WHERE id = {pledgeId} FOR UPDATE").SingleAsync(cancellationToken);
            pledge.ReversePayment(donation.AmountCentimes);
        }

        var now = time.GetUtcNow();
        if (donation.CampaignId is { } campaignId)
        {
            var campaign = await db.Campaigns.AsNoTracking().FirstAsync(c => c.Id == campaignId, cancellationToken);
            db.AddIntegrationEvent(new CampaignProgressed(Guid.CreateVersion7(now), now, campaignId, staff.AssociationId, campaign.GoalCentimes, accounts[donation.FundCode].Balance));
        }

        audit.Record(staff, AuditActions.DonationRefunded, [donation.DonorId], $"donation={donation.Id}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(DonationResponse.From(donation, receipt));
    }

    private static async Task<Ok<DonationResponse>?> ReplayAsync(FundingDbContext db, string associationId, string key, CancellationToken cancellationToken)
    {
        var existing = await db.Donations.AsNoTracking().FirstOrDefaultAsync(d => d.AssociationId == associationId && d.IdempotencyKey == key, cancellationToken);
        if (existing is null)
        {
            return null;
        }

        var receipt = await db.Receipts.AsNoTracking().FirstOrDefaultAsync(r => r.DonationId == existing.Id, cancellationToken);
        return TypedResults.Ok(DonationResponse.From(existing, receipt));
    }
}
