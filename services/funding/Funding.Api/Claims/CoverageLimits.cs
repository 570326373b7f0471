namespace PatientNetwork.Funding.Claims;

/// <summary>
/// What is already used of the limits a claim must stay within: the patient's covered amounts
/// per calendar year of dispensing (against the annual cap), the programme's (against the
/// annual budget), the restricted fund's money not yet promised, and the patient's family's
/// covered amounts (against the per-family cap; none when the patient has no family id).
/// </summary>
public sealed record CoverageLimits(
    IReadOnlyDictionary<int, long> PatientCoveredByYear,
    IReadOnlyDictionary<int, long> ProgrammeCoveredByYear,
    long FundAvailable,
    IReadOnlyDictionary<int, long>? FamilyCoveredByYear = null)
{
    public static CoverageLimits None(long fundAvailable) => new(new Dictionary<int, long>(), new Dictionary<int, long>(), fundAvailable);
}
