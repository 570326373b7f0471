using Microsoft.EntityFrameworkCore;
using PatientNetwork.Registry.Infrastructure;

namespace PatientNetwork.Registry.Rights;

/// <summary>One row per patient and source; whoever decides (a service's event, an admin's legal hold), the later decision wins.</summary>
public static class RetentionHoldDecisions
{
    public static async Task<RetentionHold> DecideRetentionHoldAsync(
        this RegistryDbContext db, Guid patientId, string source, bool held, string reason, DateTimeOffset decidedAt, CancellationToken cancellationToken)
    {
        var hold = await db.RetentionHolds.FirstOrDefaultAsync(h => h.PatientId == patientId && h.Source == source, cancellationToken);
        if (hold is null)
        {
            hold = RetentionHold.Decide(patientId, source, held, reason, decidedAt);
            db.RetentionHolds.Add(hold);
        }
        else
        {
            hold.Apply(held, reason, decidedAt);
        }

        return hold;
    }
}
