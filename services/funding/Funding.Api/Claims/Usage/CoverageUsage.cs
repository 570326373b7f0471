namespace PatientNetwork.Funding.Claims.Usage;

/// <summary>
/// A running total of what committed claims cover in one programme and calendar year of
/// dispensing, for one subject: the programme itself (against its annual budget), one patient
/// (against the annual cap) or one family of siblings (against the per-family cap). Changed only under the programme fund's row lock, in the same
/// transaction as the reservation it follows, so an approval reads one row instead of summing
/// every claim line of the year (ADR 0016). The reconciliation recomputes it from the claims.
/// </summary>
public sealed class CoverageUsage
{
    private CoverageUsage()
    {
    }

    public Guid ProgrammeId { get; private set; }

    public int Year { get; private set; }

    public string Scope { get; private set; } = "";

    /// <summary>The programme's id for <see cref="CoverageUsageScopes.Programme"/>, the patient's for <see cref="CoverageUsageScopes.Patient"/>, the family's for <see cref="CoverageUsageScopes.Family"/>.</summary>
    public Guid SubjectId { get; private set; }

    public string AssociationId { get; private set; } = "";

    public long CoveredCentimes { get; private set; }

    public static CoverageUsage Start(string associationId, Guid programmeId, int year, string scope, Guid subjectId) =>
        new() { AssociationId = associationId, ProgrammeId = programmeId, Year = year, Scope = scope, SubjectId = subjectId };

    /// <summary>Adds an approval's covered amount, or takes a reversed one back (negative).</summary>
    public void Add(long centimes) => CoveredCentimes += centimes;
}
