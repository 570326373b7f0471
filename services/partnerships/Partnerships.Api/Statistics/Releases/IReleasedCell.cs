using PatientNetwork.Partnerships.Statistics.Disclosure;

namespace PatientNetwork.Partnerships.Statistics.Releases;

/// <summary>
/// A non-zero cell of one of a release's tables (a null label is that dimension's total). For a hidden cell,
/// <see cref="HiddenAtCount"/> is its count when it was first hidden: it stays hidden while its count is within the
/// threshold of that figure, so that the difference between two releases cannot give it away.
/// </summary>
public interface IReleasedCell
{
    int Count { get; }

    SuppressionReason Reason { get; }

    int? HiddenAtCount { get; }

    TableCell Place { get; }

    bool Hidden { get; }
}
