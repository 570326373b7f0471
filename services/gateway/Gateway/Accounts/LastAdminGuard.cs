using Microsoft.EntityFrameworkCore;
using PatientNetwork.Gateway.Infrastructure;
using PatientNetwork.Gateway.Staff;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Gateway.Accounts;

/// <summary>
/// An association always keeps one enabled admin who can sign in, or nobody could invite or re-enable
/// anyone. Changes that take an admin away are serialised per association by a transaction-scoped
/// advisory lock, so two admins disabling each other at the same instant cannot both succeed.
/// </summary>
public static class LastAdminGuard
{
    /// <summary>Takes the association's lock (inside the caller's transaction).</summary>
    public static async Task LockAsync(GatewayDbContext db, string associationId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"staff-admins:" + associationId}, 0))", cancellationToken);

    /// <exception cref="StaffAccountRuleException">The account is the association's last enabled admin.</exception>
    public static async Task EnsureAnotherAdminAsync(GatewayDbContext db, StaffAccount account, CancellationToken cancellationToken)
    {
        var others = await db.StaffAccounts.CountAsync(
            a => a.AssociationId == account.AssociationId && a.Id != account.Id && !a.Disabled && a.PasswordHash != "" && a.Roles.Contains(StaffRoles.Admin),
            cancellationToken);
        if (others == 0)
        {
            throw new StaffAccountRuleException("This is the association's last enabled admin: make another account admin first.");
        }
    }
}
