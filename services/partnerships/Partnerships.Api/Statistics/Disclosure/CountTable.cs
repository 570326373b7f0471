namespace PatientNetwork.Partnerships.Statistics.Disclosure;

/// <summary>
/// Counts of a two-way table (rows by columns, e.g. diagnosis group by region) with its margins.
/// Addressed as an extended grid: row <see cref="Rows"/> holds the column totals, column
/// <see cref="Columns"/> the row totals, and their corner the grand total.
/// </summary>
public sealed class CountTable
{
    private readonly int[,] values;

    public CountTable(IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, int[,] counts)
    {
        if (counts.GetLength(0) != rowLabels.Count || counts.GetLength(1) != columnLabels.Count)
        {
            throw new ArgumentException("The counts must have one row per row label and one column per column label.", nameof(counts));
        }

        RowLabels = rowLabels;
        ColumnLabels = columnLabels;
        values = new int[Rows + 1, Columns + 1];
        for (var row = 0; row < Rows; row++)
        {
            for (var column = 0; column < Columns; column++)
            {
                var count = counts[row, column];
                ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(counts));
                values[row, column] = count;
                values[row, Columns] += count;
                values[Rows, column] += count;
                values[Rows, Columns] += count;
            }
        }
    }

    public IReadOnlyList<string> RowLabels { get; }

    public IReadOnlyList<string> ColumnLabels { get; }

    public int Rows => RowLabels.Count;

    public int Columns => ColumnLabels.Count;

    /// <summary>The count at a place of the extended grid (margins included).</summary>
    public int this[int row, int column] => values[row, column];

    public static CountTable From(IEnumerable<(string Row, string Column, int Count)> cells)
    {
        var list = cells.ToList();
        var rows = list.Select(c => c.Row).Distinct().Order(StringComparer.Ordinal).ToList();
        var columns = list.Select(c => c.Column).Distinct().Order(StringComparer.Ordinal).ToList();
        var counts = new int[rows.Count, columns.Count];
        foreach (var (row, column, count) in list)
        {
            counts[rows.BinarySearch(row, StringComparer.Ordinal), columns.BinarySearch(column, StringComparer.Ordinal)] += count;
        }

        return new CountTable(rows, columns, counts);
    }

    /// <summary>The label pair of a place; null stands for "all" (a margin).</summary>
    public TableCell CellAt(int row, int column) =>
        new(row == Rows ? null : RowLabels[row], column == Columns ? null : ColumnLabels[column]);
}
