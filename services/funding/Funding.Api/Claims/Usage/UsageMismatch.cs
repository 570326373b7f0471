namespace PatientNetwork.Funding.Claims.Usage;

/// <summary>A usage row whose running total differs from its claims' lines (a missing row counts as 0).</summary>
public sealed record UsageMismatch(Guid ProgrammeId, int Year, string Scope, Guid SubjectId, long StoredCentimes, long RecomputedCentimes);
