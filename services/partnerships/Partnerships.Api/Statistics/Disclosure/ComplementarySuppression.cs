namespace PatientNetwork.Partnerships.Statistics.Disclosure;

/// <summary>
/// Decides which cells of a table with margins to hide: every count from 1 to threshold − 1
/// (margins included), every cell carried forward from the previous release, and then, until no
/// hidden cell can be worked out from the published ones, the cheapest published cells that put
/// each determined hidden cell on a cycle of hidden cells (see <see cref="SuppressionGraph"/>).
/// Zero counts are published (an empty cell points at nobody) and never used as complements, since
/// a hidden zero could only move one way. Hiding prefers small inner cells, then margins, and the
/// grand total last; ties go the same way every time, so the same counts give the same pattern.
/// <c>hideGrandTotal</c> hides a non-zero grand total from the start, when another table of the same figures hides it.
/// </summary>
public static class ComplementarySuppression
{
    public static ProtectedTable Protect(CountTable table, int threshold, Func<TableCell, int, bool>? carriedForward = null, bool hideGrandTotal = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        var reasons = new SuppressionReason[table.Rows + 1, table.Columns + 1];
        for (var row = 0; row <= table.Rows; row++)
        {
            for (var column = 0; column <= table.Columns; column++)
            {
                var count = table[row, column];
                reasons[row, column] = count == 0 ? SuppressionReason.None
                    : count < threshold ? SuppressionReason.Small
                    : carriedForward?.Invoke(table.CellAt(row, column), count) == true ? SuppressionReason.CarriedForward
                    : SuppressionReason.None;
            }
        }

        if (hideGrandTotal && reasons[table.Rows, table.Columns] == SuppressionReason.None && table[table.Rows, table.Columns] > 0)
        {
            reasons[table.Rows, table.Columns] = SuppressionReason.SharedTotal;
        }

        var graph = new SuppressionGraph(table, reasons);
        while (graph.FirstDeterminedCell() is { } determined)
        {
            foreach (var (row, column) in graph.CheapestComplement(determined, (row, column) => Cost(table, row, column)))
            {
                reasons[row, column] = SuppressionReason.Complementary;
            }
        }

        return new ProtectedTable(table, reasons);
    }

    private static long Cost(CountTable table, int row, int column)
    {
        long everyone = table[table.Rows, table.Columns] + 1;
        var isRowTotal = column == table.Columns;
        var isColumnTotal = row == table.Rows;
        return (isRowTotal, isColumnTotal) switch
        {
            (false, false) => table[row, column] + 1,
            (true, true) => everyone * everyone * 16,
            _ => everyone * 4 + table[row, column],
        };
    }
}
