using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Coverage;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Funding.Programmes;

namespace PatientNetwork.Funding.Claims;

/// <summary>
/// Gathers what the arithmetic needs about a patient and a programme (the account, the consent
/// history, a date of death, what is already covered this year) and runs <see cref="CoverageCalculator"/>.
/// An approval calls it while holding the programme fund's lock, so the amounts it reads cannot
/// change before its own reservation commits; a simulation calls it without.
/// </summary>
public sealed class ClaimEvaluator(FundingDbContext db)
{
    public async Task<ClaimCoverage> EvaluateAsync(
        CoverageProgramme programme, Guid patientId, Guid? decidingClaimId, IReadOnlyList<LineToCover> lines, long fundAvailable, CancellationToken cancellationToken)
    {
        var years = lines.Select(l => l.DispensedOn.Year).Distinct().ToList();
        var committed = Claim.Committed.ToList();
        var usage = await db.Claims.AsNoTracking()
            .Where(c => c.ProgrammeId == programme.ProgrammeId && committed.Contains(c.Status) && c.Id != decidingClaimId)
            .SelectMany(c => c.Lines, (c, l) => new { c.PatientId, l.DispensedOn.Year, Covered = l.CoveredCentimes ?? 0 })
            .Where(x => years.Contains(x.Year))
            .GroupBy(x => new { x.Year, Mine = x.PatientId == patientId })
            .Select(g => new { g.Key.Year, g.Key.Mine, Covered = g.Sum(x => x.Covered) })
            .ToListAsync(cancellationToken);
        var limits = new CoverageLimits(
            usage.Where(u => u.Mine).ToDictionary(u => u.Year, u => u.Covered),
            usage.GroupBy(u => u.Year).ToDictionary(g => g.Key, g => g.Sum(u => u.Covered)),
            fundAvailable);

        var account = await db.CoverageAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.PatientId == patientId, cancellationToken);
        var consent = await db.MedicineFundingConsents.AsNoTracking().FirstOrDefaultAsync(c => c.PatientId == patientId, cancellationToken);
        var death = await db.PatientDeaths.AsNoTracking().FirstOrDefaultAsync(d => d.PatientId == patientId, cancellationToken);

        string? NotCoveredOn(DateOnly day) =>
            account is null || account.Status == CoverageStatus.Closed ? IneligibilityReasons.AccountClosed
            : death is not null && day > death.DateOfDeath ? IneligibilityReasons.PatientDeceased
            : consent is not null && !consent.GivenOn(day) ? IneligibilityReasons.NoConsent
            : null;

        return CoverageCalculator.Calculate(programme.Terms, lines, NotCoveredOn, limits);
    }
}
