namespace PatientNetwork.Partnerships.Statistics.Disclosure;

/// <summary>A table with, for each cell of its extended grid (margins included), whether and why it is hidden.</summary>
public sealed class ProtectedTable(CountTable table, SuppressionReason[,] reasons)
{
    public CountTable Table { get; } = table;

    public SuppressionReason ReasonAt(int row, int column) => reasons[row, column];

    public bool IsHidden(int row, int column) => reasons[row, column] != SuppressionReason.None;

    public bool GrandTotalHidden => IsHidden(Table.Rows, Table.Columns);

    /// <summary>The count as published: null when hidden.</summary>
    public int? PublishedAt(int row, int column) => IsHidden(row, column) ? null : Table[row, column];
}
