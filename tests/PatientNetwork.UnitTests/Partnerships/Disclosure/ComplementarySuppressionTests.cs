using CsCheck;
using PatientNetwork.Partnerships.Statistics.Disclosure;

namespace PatientNetwork.UnitTests.Partnerships.Disclosure;

public sealed class ComplementarySuppressionTests
{
    private const int Threshold = 5;

    // Mostly small counts, so that most tables need complements; zeros, so that some cannot use a neighbour.
    private static readonly Gen<int> Count = Gen.Frequency((3, Gen.Const(0)), (4, Gen.Int[1, Threshold - 1]), (3, Gen.Int[Threshold, 40]));

    private static readonly Gen<CountTable> RandomTables =
        from rows in Gen.Int[1, 4]
        from columns in Gen.Int[1, 4]
        from counts in Count.Array[rows * columns]
        select Tables.Of(rows, columns, counts);

    [Fact]
    public void No_hidden_cell_of_a_random_table_can_be_recovered_from_the_published_cells_and_margins() =>
        RandomTables.Sample(table =>
        {
            var release = ComplementarySuppression.Protect(table, Threshold);
            var disclosed = new Attacker(release).DisclosedCells();
            Assert.True(disclosed.Count == 0, $"{Describe(release)} discloses {string.Join(", ", disclosed)}");
        }, iter: 400);

    [Fact]
    public void Every_count_below_the_threshold_is_hidden_and_every_published_figure_is_the_true_count() =>
        RandomTables.Sample(table =>
        {
            var release = ComplementarySuppression.Protect(table, Threshold);
            for (var row = 0; row <= table.Rows; row++)
            {
                for (var column = 0; column <= table.Columns; column++)
                {
                    var count = table[row, column];
                    Assert.True(count is 0 or >= Threshold || release.IsHidden(row, column), $"{table.CellAt(row, column)} = {count} is shown");
                    Assert.True(release.PublishedAt(row, column) is null || release.PublishedAt(row, column) == count);
                    Assert.False(count == 0 && release.IsHidden(row, column), "zeros are published and never complements");
                }
            }
        }, iter: 400);

    [Fact]
    public void The_same_counts_give_the_same_pattern() =>
        RandomTables.Sample(table =>
        {
            var first = ComplementarySuppression.Protect(table, Threshold);
            var second = ComplementarySuppression.Protect(table, Threshold);
            Assert.Equal(Describe(first), Describe(second));
        }, iter: 100);

    [Fact]
    public void The_attacker_recovers_a_small_cell_that_only_the_threshold_hid()
    {
        // Leukemia in Casablanca-Settat is 3, its row total 43 and the other cell 40 are shown: 43 − 40.
        var table = Tables.Of(2, 2, [3, 40, 12, 9]);
        var thresholdOnly = ThresholdOnly(table);

        Assert.Contains(new TableCell("row0", "column0"), new Attacker(thresholdOnly).DisclosedCells());
        Assert.Empty(new Attacker(ComplementarySuppression.Protect(table, Threshold)).DisclosedCells());
    }

    [Fact]
    public void A_hidden_row_total_is_protected_as_well_as_a_hidden_cell()
    {
        // The second row's total (4) is small though each of its cells is zero or small.
        var table = Tables.Of(3, 3, [20, 15, 30, 0, 4, 0, 8, 11, 6]);
        var release = ComplementarySuppression.Protect(table, Threshold);

        Assert.True(release.IsHidden(1, table.Columns));
        Assert.Empty(new Attacker(release).DisclosedCells());
    }

    [Fact]
    public void A_cell_carried_forward_from_the_previous_release_stays_hidden_and_protected()
    {
        // Last release hid row0/column0 (then 4); it is 6 now, which alone would be shown.
        var table = Tables.Of(2, 3, [6, 20, 25, 10, 30, 12]);
        var release = ComplementarySuppression.Protect(table, Threshold, (cell, _) => cell == new TableCell("row0", "column0"));

        Assert.Equal(SuppressionReason.CarriedForward, release.ReasonAt(0, 0));
        Assert.Empty(new Attacker(release).DisclosedCells());
    }

    private static ProtectedTable ThresholdOnly(CountTable table)
    {
        var reasons = new SuppressionReason[table.Rows + 1, table.Columns + 1];
        for (var row = 0; row <= table.Rows; row++)
        {
            for (var column = 0; column <= table.Columns; column++)
            {
                reasons[row, column] = table[row, column] is > 0 and < Threshold ? SuppressionReason.Small : SuppressionReason.None;
            }
        }

        return new ProtectedTable(table, reasons);
    }

    private static string Describe(ProtectedTable release)
    {
        var table = release.Table;
        return string.Join(" / ", Enumerable.Range(0, table.Rows + 1).Select(row =>
            string.Join(" ", Enumerable.Range(0, table.Columns + 1).Select(column =>
                release.IsHidden(row, column) ? $"[{table[row, column]}]" : table[row, column].ToString(System.Globalization.CultureInfo.InvariantCulture)))));
    }
}
