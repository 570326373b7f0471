using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Donations;
using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.Funding.Campaigns;

/// <summary>Reads campaigns' progress from the ledger: the balance of each one's fund, and its distinct donors with a gift not refunded.</summary>
public static class CampaignProgress
{
    public static async Task<Dictionary<Guid, (long Raised, int Donors)>> OfAsync(FundingDbContext db, IReadOnlyCollection<Campaign> campaigns, CancellationToken cancellationToken)
    {
        var fundIds = campaigns.Select(c => c.FundAccountId).ToList();
        var campaignIds = campaigns.Select(c => c.Id).ToList();
        var funds = await db.LedgerAccounts.AsNoTracking().Where(a => fundIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var donors = await db.Donations.AsNoTracking()
            .Where(d => d.CampaignId != null && campaignIds.Contains(d.CampaignId.Value) && d.Status != DonationStatus.Refunded)
            .GroupBy(d => d.CampaignId!.Value)
            .Select(g => new { Campaign = g.Key, Donors = g.Select(d => d.DonorId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Campaign, x => x.Donors, cancellationToken);
        return campaigns.ToDictionary(c => c.Id, c => (funds[c.FundAccountId].Balance, donors.GetValueOrDefault(c.Id)));
    }
}
