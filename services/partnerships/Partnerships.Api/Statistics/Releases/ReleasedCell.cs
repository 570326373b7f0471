using PatientNetwork.Partnerships.Statistics.Disclosure;

namespace PatientNetwork.Partnerships.Statistics.Releases;

/// <summary>
/// A non-zero cell of a release (a null group or region is that dimension's total). For a hidden
/// cell, <see cref="HiddenAtCount"/> is its count when it was first hidden: it stays hidden while
/// its count is within the threshold of that figure, so that the difference between two releases
/// cannot give it away.
/// </summary>
public sealed record ReleasedCell(string? DiagnosisGroup, string? RegionCode, int Count, SuppressionReason Reason, int? HiddenAtCount)
{
    public bool Hidden => Reason != SuppressionReason.None;

    public TableCell Place => new(DiagnosisGroup, RegionCode);
}
