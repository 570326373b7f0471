namespace PatientNetwork.Funding.Claims;

/// <summary>
/// What is already used of the limits a claim must stay within: the patient's covered amounts
/// per calendar year of dispensing (against the annual cap), the programme's (against the
/// annual budget), and the restricted fund's money not yet promised.
/// </summary>
public sealed record CoverageLimits(
    IReadOnlyDictionary<int, long> PatientCoveredByYear,
    IReadOnlyDictionary<int, long> ProgrammeCoveredByYear,
    long FundAvailable)
{
    public static CoverageLimits None(long fundAvailable) => new(new Dictionary<int, long>(), new Dictionary<int, long>(), fundAvailable);
}
