using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Claims;

internal static class ClaimQueries
{
    /// <summary>The claims of the caller's association, and of their branch for branch staff.</summary>
    public static IQueryable<Claim> VisibleTo(this IQueryable<Claim> claims, StaffMember staff)
    {
        var visible = claims.Where(c => c.AssociationId == staff.AssociationId);
        return staff.BranchId is null ? visible : visible.Where(c => c.BranchId == staff.BranchId);
    }

    /// <summary>
    /// Locks the claim's row (<c>FOR UPDATE</c>, until the caller's transaction ends) and loads it as
    /// committed: two requests on one claim, such as a payment sent twice, run one after the other,
    /// and the second sees what the first did. Null when the caller may not see the claim.
    /// </summary>
    public static async Task<Claim?> LockAsync(FundingDbContext db, StaffMember staff, Guid claimId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM claims WHERE id = {claimId} AND association_id = {staff.AssociationId} FOR UPDATE", cancellationToken);
        return await db.Claims.VisibleTo(staff).FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
    }
}
