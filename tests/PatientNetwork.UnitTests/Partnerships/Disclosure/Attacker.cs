using PatientNetwork.Partnerships.Statistics.Disclosure;

namespace PatientNetwork.UnitTests.Partnerships.Disclosure;

/// <summary>
/// Plays the partner who wants a hidden count back: knowing every published cell and margin, it
/// looks for another table of non-negative whole counts that publishes exactly the same figures but
/// differs in the hidden cell. Finding one proves the cell cannot be recovered exactly; a hidden
/// cell with no such table is disclosed. Written apart from the suppression code (a plain search
/// over candidate tables, no graph theory) so that it checks that code instead of repeating it.
/// The search stays within <see cref="Window"/> of the true counts to stay fast, so "disclosed"
/// here means "no other table nearby": exact on the small tables of the tests.
/// </summary>
internal sealed class Attacker(ProtectedTable release, int window = 2)
{
    private readonly CountTable table = release.Table;

    public int Window { get; } = window;

    /// <summary>The hidden cells (margins included) no other nearby table can explain.</summary>
    public IReadOnlyList<TableCell> DisclosedCells()
    {
        var disclosed = new List<TableCell>();
        for (var row = 0; row <= table.Rows; row++)
        {
            for (var column = 0; column <= table.Columns; column++)
            {
                if (release.IsHidden(row, column) && !AnotherTableExists(row, column))
                {
                    disclosed.Add(table.CellAt(row, column));
                }
            }
        }

        return disclosed;
    }

    private bool AnotherTableExists(int targetRow, int targetColumn)
    {
        var targetIsInner = targetRow < table.Rows && targetColumn < table.Columns;
        var hidden = new List<(int Row, int Column)>();
        for (var row = 0; row < table.Rows; row++)
        {
            for (var column = 0; column < table.Columns; column++)
            {
                if (release.IsHidden(row, column) && (row, column) != (targetRow, targetColumn))
                {
                    hidden.Add((row, column));
                }
            }
        }

        if (targetIsInner)
        {
            hidden.Insert(0, (targetRow, targetColumn));
        }

        var lastOfRow = hidden.Select((cell, index) => (cell.Row, index)).GroupBy(c => c.Row).ToDictionary(g => g.Key, g => g.Max(c => c.index));
        var lastOfColumn = hidden.Select((cell, index) => (cell.Column, index)).GroupBy(c => c.Column).ToDictionary(g => g.Key, g => g.Max(c => c.index));
        var candidate = new int[table.Rows, table.Columns];
        for (var row = 0; row < table.Rows; row++)
        {
            for (var column = 0; column < table.Columns; column++)
            {
                candidate[row, column] = table[row, column];
            }
        }

        return Search(0);

        bool Search(int next)
        {
            if (next == hidden.Count)
            {
                return PublishesTheSame(candidate) && Differs(candidate, targetRow, targetColumn);
            }

            var (row, column) = hidden[next];
            var truth = table[row, column];
            foreach (var value in NearbyValues(truth))
            {
                if (next == 0 && targetIsInner && value == truth)
                {
                    continue;
                }

                candidate[row, column] = value;
                if (TotalsStillHold(row, column, next) && Search(next + 1))
                {
                    return true;
                }
            }

            candidate[row, column] = truth;
            return false;
        }

        // Once the last hidden cell of a row or column is chosen, its published total must hold.
        bool TotalsStillHold(int row, int column, int index) =>
            (lastOfRow[row] != index || release.IsHidden(row, table.Columns) || RowTotal(candidate, row) == table[row, table.Columns])
            && (lastOfColumn[column] != index || release.IsHidden(table.Rows, column) || ColumnTotal(candidate, column) == table[table.Rows, column]);
    }

    private IEnumerable<int> NearbyValues(int truth)
    {
        yield return truth;
        for (var distance = 1; distance <= Window; distance++)
        {
            if (truth - distance >= 0)
            {
                yield return truth - distance;
            }

            yield return truth + distance;
        }
    }

    private bool PublishesTheSame(int[,] counts)
    {
        var grandTotal = 0;
        for (var row = 0; row < table.Rows; row++)
        {
            grandTotal += RowTotal(counts, row);
            if (!release.IsHidden(row, table.Columns) && RowTotal(counts, row) != table[row, table.Columns])
            {
                return false;
            }
        }

        for (var column = 0; column < table.Columns; column++)
        {
            if (!release.IsHidden(table.Rows, column) && ColumnTotal(counts, column) != table[table.Rows, column])
            {
                return false;
            }
        }

        return release.IsHidden(table.Rows, table.Columns) || grandTotal == table[table.Rows, table.Columns];
    }

    private bool Differs(int[,] counts, int row, int column)
    {
        var value = (row == table.Rows, column == table.Columns) switch
        {
            (false, false) => counts[row, column],
            (false, true) => RowTotal(counts, row),
            (true, false) => ColumnTotal(counts, column),
            (true, true) => Enumerable.Range(0, table.Rows).Sum(r => RowTotal(counts, r)),
        };
        return value != table[row, column];
    }

    private int RowTotal(int[,] counts, int row) => Enumerable.Range(0, table.Columns).Sum(c => counts[row, c]);

    private int ColumnTotal(int[,] counts, int column) => Enumerable.Range(0, table.Rows).Sum(r => counts[r, column]);
}
