using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Registry.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Referrals;

/// <summary>Which intakes a staff member reaches, and the answers shared by every step that closes one.</summary>
public static class ReferralIntakes
{
    /// <summary>
    /// The association's intakes; branch staff reach those of their branch's region only, since a referral names a
    /// region, not a branch.
    /// </summary>
    public static async Task<IQueryable<ReferralIntake>> VisibleToAsync(RegistryDbContext db, StaffMember staff, CancellationToken cancellationToken)
    {
        var intakes = db.ReferralIntakes.Where(i => i.AssociationId == staff.AssociationId);
        if (staff.BranchId is null)
        {
            return intakes;
        }

        var region = await BranchRegionAsync(db, staff, cancellationToken);
        return intakes.Where(i => i.RegionCode == region);
    }

    /// <summary>The intake under a row lock for the rest of the caller's transaction, or null when the staff member does not reach it.</summary>
    public static async Task<ReferralIntake?> LockAsync(RegistryDbContext db, StaffMember staff, Guid id, CancellationToken cancellationToken)
    {
        var locked = await db.ReferralIntakes.FromSql($"SELECT * FROM referral_intakes WHERE id = {id} FOR UPDATE").FirstOrDefaultAsync(cancellationToken);
        if (locked is null || locked.AssociationId != staff.AssociationId)
        {
            return null;
        }

        return staff.BranchId is null || locked.RegionCode == await BranchRegionAsync(db, staff, cancellationToken) ? locked : null;
    }

    private static Task<string?> BranchRegionAsync(RegistryDbContext db, StaffMember staff, CancellationToken cancellationToken) =>
        db.Branches.Where(b => b.AssociationId == staff.AssociationId && b.Id == staff.BranchId).Select(b => b.RegionCode).FirstOrDefaultAsync(cancellationToken);

    public static ProblemHttpResult Closed(ReferralIntakeStatus status) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "This referral is no longer waiting.",
        detail: new ReferralIntakeClosedException(status).Message,
        extensions: new Dictionary<string, object?> { ["status"] = status });
}
