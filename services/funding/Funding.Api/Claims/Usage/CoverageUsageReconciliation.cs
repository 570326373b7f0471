using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.Funding.Claims.Usage;

/// <summary>
/// Proves the running usage rows of an association equal what its committed claims' lines
/// cover, recomputed per programme, year and patient (and family): the approvals' limit checks trust them.
/// </summary>
public static class CoverageUsageReconciliation
{
    public static async Task<(int Checked, IReadOnlyList<UsageMismatch> Mismatched)> RunAsync(FundingDbContext db, string associationId, CancellationToken cancellationToken)
    {
        var committed = Claim.Committed.ToList();
        var perPatient = await db.Claims.AsNoTracking()
            .Where(c => c.AssociationId == associationId && committed.Contains(c.Status))
            .SelectMany(c => c.Lines, (c, l) => new { c.ProgrammeId, l.DispensedOn.Year, c.PatientId, c.FamilyId, Covered = l.CoveredCentimes ?? 0 })
            .GroupBy(x => new { x.ProgrammeId, x.Year, x.PatientId, x.FamilyId })
            .Select(g => new { g.Key.ProgrammeId, g.Key.Year, g.Key.PatientId, g.Key.FamilyId, Covered = g.Sum(x => x.Covered) })
            .ToListAsync(cancellationToken);
        var recomputed = perPatient.GroupBy(p => new Key(p.ProgrammeId, p.Year, CoverageUsageScopes.Patient, p.PatientId))
            .Concat(perPatient.Where(p => p.FamilyId != null).GroupBy(p => new Key(p.ProgrammeId, p.Year, CoverageUsageScopes.Family, p.FamilyId!.Value)))
            .Concat(perPatient.GroupBy(p => new Key(p.ProgrammeId, p.Year, CoverageUsageScopes.Programme, p.ProgrammeId)))
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Covered));
        var stored = (await db.CoverageUsage.AsNoTracking().Where(u => u.AssociationId == associationId).ToListAsync(cancellationToken))
            .ToDictionary(u => new Key(u.ProgrammeId, u.Year, u.Scope, u.SubjectId), u => u.CoveredCentimes);

        var mismatched = stored.Keys.Union(recomputed.Keys)
            .Select(k => new UsageMismatch(k.ProgrammeId, k.Year, k.Scope, k.SubjectId, stored.GetValueOrDefault(k), recomputed.GetValueOrDefault(k)))
            .Where(m => m.StoredCentimes != m.RecomputedCentimes)
            .ToList();
        return (stored.Count, mismatched);
    }

    private readonly record struct Key(Guid ProgrammeId, int Year, string Scope, Guid SubjectId);
}
