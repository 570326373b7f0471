using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.Funding.Donors;

/// <summary>Donors of the association that are probably the one being entered: same phone or email (blind index), or a similar name.</summary>
public static class DonorDuplicates
{
    public static async Task<IReadOnlyList<DonorCandidate>> FindAsync(
        FundingDbContext db, string associationId, string name, string? phoneIndex, string? emailIndex, CancellationToken cancellationToken)
    {
        var folded = DonorNames.Fold(name);
        var donors = db.Donors.AsNoTracking().Where(d => d.AssociationId == associationId);
        var ids = donors
            .Where(d => EF.Functions.TrigramsAreSimilar(d.SearchName, folded) && EF.Functions.TrigramsSimilarity(d.SearchName, folded) >= DonorNames.Similar)
            .Select(d => d.Id);
        if (phoneIndex is not null)
        {
            ids = ids.Union(donors.Where(d => d.PhoneIndex == phoneIndex).Select(d => d.Id));
        }

        if (emailIndex is not null)
        {
            ids = ids.Union(donors.Where(d => d.EmailIndex == emailIndex).Select(d => d.Id));
        }

        var matches = await db.Donors.AsNoTracking().Where(d => ids.Contains(d.Id)).OrderBy(d => d.CreatedAt).Take(10).ToListAsync(cancellationToken);
        return matches.Select(d => new DonorCandidate(d.Id, d.Name, d.Kind, Reasons(d, folded, phoneIndex, emailIndex))).ToList();
    }

    private static List<string> Reasons(Donor donor, string folded, string? phoneIndex, string? emailIndex)
    {
        var reasons = new List<string>();
        if (phoneIndex is not null && donor.PhoneIndex == phoneIndex)
        {
            reasons.Add("phone");
        }

        if (emailIndex is not null && donor.EmailIndex == emailIndex)
        {
            reasons.Add("email");
        }

        if (reasons.Count == 0 || donor.SearchName == folded)
        {
            reasons.Add("similar-name");
        }

        return reasons;
    }
}
