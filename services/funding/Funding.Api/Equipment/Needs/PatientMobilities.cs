using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.Funding.Equipment.Needs;

/// <summary>The one way both consumers record a patient's mobility, so registration and update agree on ordering.</summary>
internal static class PatientMobilities
{
    public static async Task ObserveAsync(
        FundingDbContext db, Guid patientId, string associationId, string? branchId, string regionCode, string? need, bool deceased, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        // A concurrent first insert by the other consumer fails this one on the key; the broker's retry then finds the row.
        var known = await db.PatientMobility.FirstOrDefaultAsync(m => m.PatientId == patientId, cancellationToken);
        if (known is null)
        {
            db.PatientMobility.Add(PatientMobility.Observe(patientId, associationId, branchId, regionCode, need, deceased, occurredAt));
        }
        else
        {
            known.Apply(associationId, branchId, regionCode, need, deceased, occurredAt);
        }
    }
}
