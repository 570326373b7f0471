using Microsoft.EntityFrameworkCore;
using PatientNetwork.Partnerships.Infrastructure;

namespace PatientNetwork.Partnerships.Statistics;

/// <summary>Records a consent decision about statistics for a patient, whatever order the events arrive in.</summary>
internal static class StatisticsDecisions
{
    public static async Task<CountedPatient> ApplyAsync(
        PartnershipsDbContext db, Guid patientId, string associationId, bool counted, DateTimeOffset decidedAt, string? diagnosisGroup, string? regionCode, CancellationToken cancellationToken)
    {
        var existing = await db.CountedPatients.FirstOrDefaultAsync(p => p.PatientId == patientId, cancellationToken);
        if (existing is null)
        {
            var decided = CountedPatient.Decide(patientId, associationId, diagnosisGroup ?? "", regionCode ?? "", counted, decidedAt);
            db.CountedPatients.Add(decided);
            return decided;
        }

        existing.BelongsTo(associationId);
        existing.Apply(counted, decidedAt, diagnosisGroup, regionCode);
        return existing;
    }
}
