using PatientNetwork.Partnerships.Statistics.Disclosure;

namespace PatientNetwork.Partnerships.Statistics.Releases;

/// <summary>
/// What the previous release hid, with each cell's count when it was first hidden: such a cell
/// stays hidden while its count is within the threshold of that figure, so that showing it now
/// would not give back, by comparing releases, what the previous one kept out of sight.
/// </summary>
public sealed class CarriedForwardCells(IEnumerable<IReleasedCell> previousRelease, int threshold)
{
    private readonly Dictionary<TableCell, int> hiddenAt = previousRelease
        .Where(c => c.Hidden)
        .ToDictionary(c => c.Place, c => c.HiddenAtCount ?? c.Count);

    public bool StaysHidden(TableCell place, int count) =>
        hiddenAt.TryGetValue(place, out var first) && Math.Abs(count - first) < threshold;

    /// <summary>The figure a hidden cell keeps for the next release: the one it was first hidden at.</summary>
    public int HiddenAtCount(TableCell place, int count) => hiddenAt.TryGetValue(place, out var first) ? first : count;
}
