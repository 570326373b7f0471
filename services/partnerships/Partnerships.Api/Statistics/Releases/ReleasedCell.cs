using PatientNetwork.Partnerships.Statistics.Disclosure;

namespace PatientNetwork.Partnerships.Statistics.Releases;

/// <summary>A cell of the table by diagnosis group and region.</summary>
public sealed record ReleasedCell(string? DiagnosisGroup, string? RegionCode, int Count, SuppressionReason Reason, int? HiddenAtCount) : IReleasedCell
{
    public bool Hidden => Reason != SuppressionReason.None;

    public TableCell Place => new(DiagnosisGroup, RegionCode);
}
