using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Audit;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Pledges;

/// <summary>Recurring pledges: a schedule whose instalments add up to the total; payments are gifts with the pledge's id.</summary>
public static class PledgesApi
{
    public static RouteGroupBuilder MapPledgesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/pledges").WithTags("Pledges").RequireAuthorization(FundingPolicies.Gifts);
        group.MapPost("/", CreatePledge).Validate<CreatePledgeRequest>();
        group.MapGet("/overdue", ListOverdue);
        group.MapGet("/{id:guid}", GetPledge);
        return group;
    }

    /// <summary>Records a pledge and its schedule (the remainder rule, or the amounts given, which must add up to the total).</summary>
    public static async Task<Results<Created<PledgeResponse>, ValidationProblem>> CreatePledge(
        CreatePledgeRequest request, HttpContext http, FundingDbContext db, FundingAuditTrail audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        if (!await db.Donors.AnyAsync(d => d.Id == request.DonorId && d.AssociationId == staff.AssociationId, cancellationToken))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["donorId"] = ["No donor of your association has this id."] });
        }

        if (request.CampaignId is { } campaignId && !await db.Campaigns.AnyAsync(c => c.Id == campaignId && c.AssociationId == staff.AssociationId, cancellationToken))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["campaignId"] = ["No campaign of your association has this id."] });
        }

        var frequency = request.Frequency!.Value;
        var first = request.FirstDueOn!.Value;
        var count = request.InstalmentAmounts?.Count ?? request.Count ?? PledgeSchedule.CountUntil(first, request.EndsOn!.Value, frequency);
        var schedule = PledgeSchedule.Split(request.TotalCentimes!.Value, count, first, frequency);
        if (request.InstalmentAmounts is { } amounts)
        {
            schedule = schedule.Select((s, i) => s with { AmountCentimes = amounts[i] }).ToList();
        }

        var now = time.GetUtcNow();
        var pledge = Pledge.Create(staff.AssociationId, request.DonorId!.Value, request.CampaignId, request.TotalCentimes!.Value, frequency, schedule, staff.Login, now);
        db.Pledges.Add(pledge);
        audit.Record(staff, AuditActions.DonationRecorded, [pledge.DonorId], $"pledge={pledge.Id}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/pledges/{pledge.Id}", PledgeResponse.From(pledge, DateOnly.FromDateTime(now.UtcDateTime)));
    }

    public static async Task<Results<Ok<PledgeResponse>, NotFound>> GetPledge(Guid id, HttpContext http, FundingDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var association = http.Staff().AssociationId;
        var pledge = await db.Pledges.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.AssociationId == association, cancellationToken);
        return pledge is null ? TypedResults.NotFound() : TypedResults.Ok(PledgeResponse.From(pledge, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)));
    }

    /// <summary>Pledges of the association with an instalment due before today and not covered by payments (at most 200, oldest first).</summary>
    public static async Task<Ok<List<PledgeResponse>>> ListOverdue(HttpContext http, FundingDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var association = http.Staff().AssociationId;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var open = await db.Pledges.AsNoTracking().Where(p => p.AssociationId == association && p.PaidCentimes < p.TotalCentimes)
            .OrderBy(p => p.CreatedAt).Take(1000).ToListAsync(cancellationToken);
        return TypedResults.Ok(open.Select(p => PledgeResponse.From(p, today)).Where(p => p.Overdue.Count > 0).Take(200).ToList());
    }
}
