using PatientNetwork.Partnerships.Statistics.Disclosure;

namespace PatientNetwork.Partnerships.Statistics.Releases;

/// <summary>A cell of the table by age band and sex (see <see cref="AgeAndSex"/>).</summary>
public sealed record ReleasedAgeSexCell(string? AgeBand, string? Sex, int Count, SuppressionReason Reason, int? HiddenAtCount) : IReleasedCell
{
    public bool Hidden => Reason != SuppressionReason.None;

    public TableCell Place => new(AgeBand, Sex);
}
