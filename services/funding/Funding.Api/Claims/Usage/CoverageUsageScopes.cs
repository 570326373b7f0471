namespace PatientNetwork.Funding.Claims.Usage;

/// <summary>Whose use of a programme a <see cref="CoverageUsage"/> row counts; the values are stored.</summary>
public static class CoverageUsageScopes
{
    public const string Programme = "programme";
    public const string Patient = "patient";

    /// <summary>Siblings together (the Registry's family id), against the programme's per-family cap.</summary>
    public const string Family = "family";
}
