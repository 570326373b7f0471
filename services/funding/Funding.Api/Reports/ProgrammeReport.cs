namespace PatientNetwork.Funding.Reports;

/// <summary>One region and diagnosis group of a programme's year, in centimes MAD; <c>realShare</c> is covered ÷ eligible.</summary>
public sealed record ProgrammeReportRow(
    string RegionCode, string DiagnosisGroup, int Claims, long ClaimedCentimes, long EligibleCentimes, long CoveredCentimes, long FamilyShareCentimes, long PaidCentimes, decimal? RealShare);

/// <summary>
/// A programme's year: the standing decided claims (approved, partially approved, scheduled, paid)
/// by the year their medicines were dispensed, grouped by the patient's region and diagnosis group
/// at registration, with the budget left and the real share covered next to the promised rate.
/// </summary>
public sealed record ProgrammeReport(
    Guid ProgrammeId,
    string Name,
    int Year,
    decimal PromisedShare,
    long AnnualBudgetCentimes,
    long BudgetLeftCentimes,
    long FundAvailableCentimes,
    string Currency,
    ProgrammeReportRow Total,
    IReadOnlyList<ProgrammeReportRow> Rows);
