using CsCheck;
using PatientNetwork.Partnerships.Statistics.Disclosure;
using PatientNetwork.Partnerships.Statistics.Releases;

namespace PatientNetwork.UnitTests.Partnerships.Disclosure;

public sealed class CarriedForwardCellsTests
{
    private const int Threshold = 5;

    [Fact]
    public void A_cell_hidden_last_time_whose_count_barely_moved_stays_hidden_and_keeps_its_first_figure()
    {
        var previous = new[] { new ReleasedCell("leukemia", "oriental", 6, SuppressionReason.CarriedForward, HiddenAtCount: 4) };
        var carried = new CarriedForwardCells(previous, Threshold);
        var place = new TableCell("leukemia", "oriental");

        Assert.True(carried.StaysHidden(place, 8));
        Assert.Equal(4, carried.HiddenAtCount(place, 8));
        Assert.False(carried.StaysHidden(place, 9));
        Assert.False(carried.StaysHidden(new TableCell("leukemia", null), 8));
    }

    /// <summary>
    /// Two releases of a table whose counts changed by less than the threshold: what the first hid
    /// (complements included) the second hides too, so comparing them gives nothing back, and the
    /// second is still safe on its own.
    /// </summary>
    [Fact]
    public void What_one_release_hid_the_next_still_hides_when_counts_moved_little()
    {
        var gen =
            from rows in Gen.Int[1, 3]
            from columns in Gen.Int[1, 4]
            from first in Gen.Frequency((3, Gen.Const(0)), (4, Gen.Int[1, Threshold - 1]), (3, Gen.Int[Threshold, 30])).Array[rows * columns]
            from moves in Gen.Int[0, 1].Array[rows * columns]
            select (rows, columns, first, moves);

        gen.Sample(sample =>
        {
            var (rows, columns, first, moves) = sample;
            var before = Tables.Of(rows, columns, first);
            var after = Tables.Of(rows, columns, first.Zip(moves, (count, move) => count == 0 ? 0 : count + move).ToArray());
            var firstRelease = ComplementarySuppression.Protect(before, Threshold);
            var carried = new CarriedForwardCells(Released(firstRelease), Threshold);
            var secondRelease = ComplementarySuppression.Protect(after, Threshold, carried.StaysHidden);

            for (var row = 0; row <= before.Rows; row++)
            {
                for (var column = 0; column <= before.Columns; column++)
                {
                    Assert.True(!firstRelease.IsHidden(row, column) || secondRelease.IsHidden(row, column), $"{before.CellAt(row, column)} was hidden and is shown now");
                }
            }

            Assert.Empty(new Attacker(secondRelease).DisclosedCells());
        }, iter: 200);
    }

    private static List<ReleasedCell> Released(ProtectedTable release)
    {
        var cells = new List<ReleasedCell>();
        for (var row = 0; row <= release.Table.Rows; row++)
        {
            for (var column = 0; column <= release.Table.Columns; column++)
            {
                var place = release.Table.CellAt(row, column);
                var count = release.Table[row, column];
                cells.Add(new ReleasedCell(place.Row, place.Column, count, release.ReasonAt(row, column), release.IsHidden(row, column) ? count : null));
            }
        }

        return cells;
    }
}
