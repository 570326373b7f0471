using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.Funding.Claims.Usage;

/// <summary>
/// Reads and moves the running <see cref="CoverageUsage"/> rows. Reads are a handful of rows by
/// key whatever the number of claims; moves happen only while the caller holds the programme
/// fund's row lock (approval, reversal), so two approvals never move the same row at once — the
/// patient's, the family's or the programme's: siblings' approvals in one programme take the same
/// fund lock, so no second lock (and no lock order between them) is needed (ADR 0031).
/// </summary>
public sealed class CoverageUsageBook(FundingDbContext db)
{
    /// <summary>What the patient, the family (if any) and the programme already have covered in each of <paramref name="years"/>.</summary>
    public async Task<CoverageLimits> LimitsAsync(Guid programmeId, Guid patientId, Guid? familyId, IEnumerable<int> years, long fundAvailable, CancellationToken cancellationToken)
    {
        var rows = await RowsOf(db.CoverageUsage.AsNoTracking(), programmeId, patientId, familyId, years.ToList()).ToListAsync(cancellationToken);
        return new CoverageLimits(
            ByYear(rows, CoverageUsageScopes.Patient),
            ByYear(rows, CoverageUsageScopes.Programme),
            fundAvailable,
            familyId is null ? null : ByYear(rows, CoverageUsageScopes.Family));
    }

    /// <summary>Counts a just-decided claim's covered amounts in (on approval) or out (on reversal, <paramref name="counted"/> false).</summary>
    public async Task CountAsync(Claim claim, bool counted, CancellationToken cancellationToken)
    {
        var coveredByYear = claim.Lines.Where(l => l.CoveredCentimes > 0)
            .GroupBy(l => l.DispensedOn.Year)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.CoveredCentimes!.Value));
        if (coveredByYear.Count == 0)
        {
            return;
        }

        var subjects = new List<(string Scope, Guid Subject)> { (CoverageUsageScopes.Programme, claim.ProgrammeId), (CoverageUsageScopes.Patient, claim.PatientId) };
        if (claim.FamilyId is { } family)
        {
            subjects.Add((CoverageUsageScopes.Family, family));
        }

        var rows = await RowsOf(db.CoverageUsage, claim.ProgrammeId, claim.PatientId, claim.FamilyId, coveredByYear.Keys.ToList()).ToListAsync(cancellationToken);
        foreach (var (year, covered) in coveredByYear)
        {
            foreach (var (scope, subject) in subjects)
            {
                var row = rows.FirstOrDefault(r => r.Year == year && r.Scope == scope && r.SubjectId == subject);
                if (row is null)
                {
                    row = CoverageUsage.Start(claim.AssociationId, claim.ProgrammeId, year, scope, subject);
                    db.CoverageUsage.Add(row);
                }

                row.Add(counted ? covered : -covered);
            }
        }
    }

    private static Dictionary<int, long> ByYear(List<CoverageUsage> rows, string scope) =>
        rows.Where(r => r.Scope == scope).ToDictionary(r => r.Year, r => r.CoveredCentimes);

    private static IQueryable<CoverageUsage> RowsOf(IQueryable<CoverageUsage> usage, Guid programmeId, Guid patientId, Guid? familyId, List<int> years) =>
        usage.Where(u => u.ProgrammeId == programmeId && years.Contains(u.Year)
            && ((u.Scope == CoverageUsageScopes.Programme && u.SubjectId == programmeId)
                || (u.Scope == CoverageUsageScopes.Patient && u.SubjectId == patientId)
                || (familyId != null && u.Scope == CoverageUsageScopes.Family && u.SubjectId == familyId)));
}
