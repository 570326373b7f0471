using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Donations;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Funding.Ledger;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Campaigns;

/// <summary>Campaigns for staff (each with its restricted fund), and the public list of campaigns under <c>/public/v1/campaigns</c>.</summary>
public static class CampaignsApi
{
    public static readonly TimeSpan PublicCacheLifetime = TimeSpan.FromSeconds(30);

    public static RouteGroupBuilder MapCampaignsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/campaigns").WithTags("Campaigns").RequireAuthorization(FundingPolicies.Gifts);
        group.MapPost("/", CreateCampaign).Validate<CreateCampaignRequest>().RequireAuthorization(FundingPolicies.Treasury);
        group.MapGet("/", ListCampaigns);
        group.MapGet("/{id:guid}", GetCampaign);

        var publicGroup = app.MapGroup("/public/v1/campaigns").WithTags("Public campaigns").AllowAnonymous();
        publicGroup.MapGet("/", ListPublicCampaigns).CacheablePublicly(PublicCacheLifetime);
        return group;
    }

    /// <summary>Opens a campaign and its restricted fund in the ledger, in one unit of work.</summary>
    public static async Task<Created<CampaignResponse>> CreateCampaign(
        CreateCampaignRequest request, HttpContext http, FundingDbContext db, FundLedger ledger, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var name = request.Name!.Trim();
        await ledger.EnsureAssociationAccountsAsync(staff.AssociationId, cancellationToken);
        var fund = LedgerAccount.Open(staff.AssociationId, LedgerAccountCodes.CampaignFund(id), $"Campaign fund: {name}", LedgerAccountKind.Fund, null, now);
        db.LedgerAccounts.Add(fund);
        var campaign = Campaign.Create(id, staff.AssociationId, name, request.Description?.Trim(), request.GoalCentimes!.Value, request.StartsOn!.Value, request.EndsOn!.Value, fund.Id, staff.Login, now);
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/campaigns/{id}", Respond(campaign, (0, 0)));
    }

    public static async Task<Ok<List<CampaignResponse>>> ListCampaigns(HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var association = http.Staff().AssociationId;
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => c.AssociationId == association).OrderByDescending(c => c.StartsOn).Take(200).ToListAsync(cancellationToken);
        var progress = await CampaignProgress.OfAsync(db, campaigns, cancellationToken);
        return TypedResults.Ok(campaigns.Select(c => Respond(c, progress[c.Id])).ToList());
    }

    /// <summary>A campaign with its progress: the posted balance of its fund, read from the ledger.</summary>
    public static async Task<Results<Ok<CampaignResponse>, NotFound>> GetCampaign(Guid id, HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var association = http.Staff().AssociationId;
        var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.AssociationId == association, cancellationToken);
        if (campaign is null)
        {
            return TypedResults.NotFound();
        }

        var progress = await CampaignProgress.OfAsync(db, [campaign], cancellationToken);
        return TypedResults.Ok(Respond(campaign, progress[campaign.Id]));
    }

    /// <summary>Every association's current and past campaigns (last 100): goal, raised, donors, and only the names of donors who asked to be thanked publicly.</summary>
    public static async Task<Ok<List<PublicCampaignResponse>>> ListPublicCampaigns(FundingDbContext db, CancellationToken cancellationToken)
    {
        var campaigns = await db.Campaigns.AsNoTracking().OrderByDescending(c => c.StartsOn).ThenBy(c => c.Id).Take(100).ToListAsync(cancellationToken);
        var progress = await CampaignProgress.OfAsync(db, campaigns, cancellationToken);
        var ids = campaigns.Select(c => c.Id).ToList();
        var thanked = await db.Donations.AsNoTracking()
            .Where(d => d.CampaignId != null && ids.Contains(d.CampaignId.Value) && d.Status != DonationStatus.Refunded)
            .Join(db.Donors.Where(donor => donor.ThankPublicly && !donor.WishesAnonymity), d => d.DonorId, donor => donor.Id,
                (d, donor) => new { Campaign = d.CampaignId!.Value, Name = donor.PublicName ?? donor.Name })
            .Distinct()
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(campaigns.Select(c => new PublicCampaignResponse(
            c.Id, c.AssociationId, c.Name, c.Description, c.GoalCentimes, progress[c.Id].Raised, "MAD", c.StartsOn, c.EndsOn, progress[c.Id].Donors,
            thanked.Where(t => t.Campaign == c.Id).Select(t => t.Name).Order(StringComparer.Ordinal).ToList())).ToList());
    }

    private static CampaignResponse Respond(Campaign c, (long Raised, int Donors) progress) =>
        new(c.Id, c.Name, c.Description, c.GoalCentimes, c.StartsOn, c.EndsOn, c.FundAccountId, progress.Raised, progress.Donors, c.CreatedAt);
}
