using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Audit;
using PatientNetwork.Funding.Donations;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Receipts;

/// <summary>Numbered receipts: read, as PDF (French and Arabic), reissued as a duplicate, cancelled; and the annual receipt per donor.</summary>
public static class ReceiptsApi
{
    public static RouteGroupBuilder MapReceiptsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/receipts").WithTags("Receipts").RequireAuthorization(FundingPolicies.Gifts);
        group.MapGet("/", ListReceipts);
        group.MapGet("/{id:guid}", GetReceipt);
        group.MapGet("/{id:guid}/pdf", GetReceiptPdf).Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        group.MapPost("/{id:guid}/reissue", ReissueReceipt).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/cancel", CancelReceipt).Validate<CancelReceiptRequest>().RequireAuthorization(FundingPolicies.Treasury).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/annual", IssueAnnualReceipt).Validate<AnnualReceiptRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>The association's receipts of a year (default this year), in number order, optionally of one donor.</summary>
    public static async Task<Results<Ok<PagedResult<ReceiptResponse>>, ValidationProblem>> ListReceipts(
        int? year, Guid? donorId, int? page, int? pageSize, HttpContext http, FundingDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize, null);
        var errors = paging.Validate([]) ?? [];
        var reportYear = year ?? time.GetUtcNow().Year;
        if (reportYear is < 2000 or > 2100)
        {
            errors["year"] = ["A year between 2000 and 2100."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var association = http.Staff().AssociationId;
        var query = db.Receipts.AsNoTracking().Where(r => r.AssociationId == association && r.Year == reportYear);
        query = donorId is { } donor ? query.Where(r => r.DonorId == donor) : query;
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(r => r.Sequence).Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<ReceiptResponse>(items.Select(ReceiptResponse.From).ToList(), paging.PageNumber, paging.Size, total));
    }

    public static async Task<Results<Ok<ReceiptResponse>, NotFound>> GetReceipt(Guid id, HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var association = http.Staff().AssociationId;
        var receipt = await db.Receipts.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.AssociationId == association, cancellationToken);
        return receipt is null ? TypedResults.NotFound() : TypedResults.Ok(ReceiptResponse.From(receipt));
    }

    /// <summary>The receipt as a one-page PDF in French and Arabic, marked DUPLICATA once reissued and ANNULÉ once cancelled. Audited.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> GetReceiptPdf(
        Guid id, HttpContext http, FundingDbContext db, ReceiptPdf pdf, FundingAuditTrail audit, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var receipt = await db.Receipts.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.AssociationId == staff.AssociationId, cancellationToken);
        if (receipt is null)
        {
            return TypedResults.NotFound();
        }

        var donation = receipt.DonationId is { } donationId ? await db.Donations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == donationId, cancellationToken) : null;
        var detail = donation?.ChequeNumber ?? donation?.CardReference ?? donation?.InKindDescription;
        audit.Record(staff, AuditActions.ReceiptRead, [receipt.DonorId], $"receipt={receipt.Number}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.File(pdf.Render(receipt, donation?.Method.ToString(), detail), "application/pdf", $"{receipt.Number}.pdf");
    }

    /// <summary>Gives the receipt again: same number, marked DUPLICATA from now on.</summary>
    public static async Task<Results<Ok<ReceiptResponse>, NotFound>> ReissueReceipt(Guid id, HttpContext http, FundingDbContext db, FundingAuditTrail audit, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var receipt = await db.Receipts.FirstOrDefaultAsync(r => r.Id == id && r.AssociationId == staff.AssociationId, cancellationToken);
        if (receipt is null)
        {
            return TypedResults.NotFound();
        }

        receipt.Reissue();
        audit.Record(staff, AuditActions.ReceiptChanged, [receipt.DonorId], $"receipt={receipt.Number} reissued");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ReceiptResponse.From(receipt));
    }

    /// <summary>Cancels a receipt (issued by mistake): it keeps its number in the sequence, marked cancelled.</summary>
    public static async Task<Results<Ok<ReceiptResponse>, NotFound>> CancelReceipt(
        Guid id, CancelReceiptRequest request, HttpContext http, FundingDbContext db, FundingAuditTrail audit, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var receipt = await db.Receipts.FirstOrDefaultAsync(r => r.Id == id && r.AssociationId == staff.AssociationId, cancellationToken);
        if (receipt is null)
        {
            return TypedResults.NotFound();
        }

        receipt.Cancel(request.Reason!.Trim());
        audit.Record(staff, AuditActions.ReceiptChanged, [receipt.DonorId], $"receipt={receipt.Number} cancelled");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ReceiptResponse.From(receipt));
    }

    /// <summary>
    /// The annual receipt of a donor's gifts of a year: their sum, each gift once, refunded gifts left out. Numbered
    /// from the same sequence. Asked again, or twice at once, it answers with the one receipt (200).
    /// </summary>
    public static async Task<Results<Created<ReceiptResponse>, Ok<ReceiptResponse>, ValidationProblem>> IssueAnnualReceipt(
        AnnualReceiptRequest request, HttpContext http, FundingDbContext db, FundingAuditTrail audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var year = request.Year!.Value;
        var donor = await db.Donors.AsNoTracking().FirstOrDefaultAsync(d => d.Id == request.DonorId && d.AssociationId == staff.AssociationId, cancellationToken);
        if (donor is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["donorId"] = ["No donor of your association has this id."] });
        }

        if (await AnnualAsync(db, staff.AssociationId, donor.Id, year, cancellationToken) is { } existing)
        {
            return TypedResults.Ok(ReceiptResponse.From(existing));
        }

        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var gifts = await db.Donations.AsNoTracking()
            .Where(d => d.AssociationId == staff.AssociationId && d.DonorId == donor.Id && d.ReceivedOn >= from && d.ReceivedOn <= to && d.Status != DonationStatus.Refunded)
            .Select(d => d.AmountCentimes)
            .ToListAsync(cancellationToken);
        if (gifts.Count == 0)
        {
            throw new FundingConflictException("No gift to acknowledge.", $"The donor gave nothing in {year} that was not refunded.");
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var sequence = await ReceiptNumbers.NextAsync(db, staff.AssociationId, year, cancellationToken);
            var now = time.GetUtcNow();
            var receipt = Receipt.Issue(staff.AssociationId, year, sequence, ReceiptKind.Annual, donor.Id, null, donor.Name, gifts.Sum(), gifts.Count, to, staff.Login, now);
            db.Receipts.Add(receipt);
            audit.Record(staff, AuditActions.ReceiptIssued, [donor.Id], $"receipt={receipt.Number} annual");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return TypedResults.Created($"/receipts/{receipt.Id}", ReceiptResponse.From(receipt));
        }
        catch (DbUpdateException exception) when (UniqueViolation.On(exception, ReceiptConfiguration.AnnualReceiptIndex))
        {
            db.ChangeTracker.Clear();
            return TypedResults.Ok(ReceiptResponse.From((await AnnualAsync(db, staff.AssociationId, donor.Id, year, cancellationToken))!));
        }
    }

    private static Task<Receipt?> AnnualAsync(FundingDbContext db, string associationId, Guid donorId, int year, CancellationToken cancellationToken) =>
        db.Receipts.AsNoTracking().FirstOrDefaultAsync(r => r.AssociationId == associationId && r.DonorId == donorId && r.Year == year && r.Kind == ReceiptKind.Annual, cancellationToken);
}
