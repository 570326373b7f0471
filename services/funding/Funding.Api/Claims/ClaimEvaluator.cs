using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Claims.Usage;
using PatientNetwork.Funding.Coverage;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Funding.Programmes;

namespace PatientNetwork.Funding.Claims;

/// <summary>
/// Gathers what the arithmetic needs about a patient and a programme (the account, the consent
/// history, a date of death, what the patient and their family already have covered this year from the running usage rows) and runs <see cref="CoverageCalculator"/>.
/// An approval calls it while holding the programme fund's lock, so the amounts it reads cannot
/// change before its own reservation commits; a simulation calls it without.
/// </summary>
public sealed class ClaimEvaluator(FundingDbContext db, CoverageUsageBook usage)
{
    public async Task<ClaimCoverage> EvaluateAsync(
        CoverageProgramme programme, Guid patientId, IReadOnlyList<LineToCover> lines, long fundAvailable, CancellationToken cancellationToken)
    {
        var account = await db.CoverageAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.PatientId == patientId, cancellationToken);
        var familyId = account?.FamilyId;
        var limits = await usage.LimitsAsync(programme.ProgrammeId, patientId, familyId, lines.Select(l => l.DispensedOn.Year).Distinct(), fundAvailable, cancellationToken);
        var consent = await db.MedicineFundingConsents.AsNoTracking().FirstOrDefaultAsync(c => c.PatientId == patientId, cancellationToken);
        var death = await db.PatientDeaths.AsNoTracking().FirstOrDefaultAsync(d => d.PatientId == patientId, cancellationToken);

        string? NotCoveredOn(DateOnly day) =>
            account is null || account.Status == CoverageStatus.Closed ? IneligibilityReasons.AccountClosed
            : death is not null && day > death.DateOfDeath ? IneligibilityReasons.PatientDeceased
            : consent is not null && !consent.GivenOn(day) ? IneligibilityReasons.NoConsent
            : null;

        return CoverageCalculator.Calculate(programme.Terms, lines, NotCoveredOn, limits) with { FamilyId = familyId };
    }
}
