using Microsoft.EntityFrameworkCore;
using PatientNetwork.Gateway.Infrastructure;
using PatientNetwork.Gateway.Staff;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Gateway.Me;

/// <summary>The gateway database as seen by a signed-in request: the caller's own account, tracked.</summary>
public sealed class GatewayDbContextAccess(GatewayDbContext db)
{
    public GatewayDbContext Db => db;

    public async Task<StaffAccount?> SignedInAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(http.User.FindFirst(StaffClaimTypes.Subject)?.Value, out var id))
        {
            return null;
        }

        var staff = http.Staff();
        return await db.StaffAccounts.FirstOrDefaultAsync(a => a.Id == id && a.AssociationId == staff.AssociationId && !a.Disabled, cancellationToken);
    }
}
