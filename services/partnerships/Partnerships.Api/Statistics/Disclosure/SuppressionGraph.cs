namespace PatientNetwork.Partnerships.Statistics.Disclosure;

/// <summary>
/// The table as a bipartite graph: one node per row (the totals row included) and per column
/// (the totals column included), one edge per non-zero cell. A table's row and column equations
/// (each row adds up to its total, each column to its total) let a hidden cell be changed, all the
/// others staying consistent, exactly when the cell lies on a cycle of hidden cells: adding 1 and
/// taking 1 alternately around the cycle keeps every sum (hidden counts are at least 1, so none goes
/// negative). A hidden cell on no such cycle — a bridge of the hidden edges — is determined by the
/// published figures. See docs/decisions/0025-statistics-complementary-suppression.md.
/// </summary>
internal sealed class SuppressionGraph
{
    private readonly CountTable table;
    private readonly SuppressionReason[,] reasons;
    private readonly int nodes;
    private readonly List<(int Neighbour, (int Row, int Column) Edge)>[] adjacency;

    public SuppressionGraph(CountTable table, SuppressionReason[,] reasons)
    {
        this.table = table;
        this.reasons = reasons;
        nodes = table.Rows + 1 + table.Columns + 1;
        adjacency = NonZeroCells(table);
    }

    private int ColumnNode(int column) => table.Rows + 1 + column;

    private bool IsHidden(int row, int column) => reasons[row, column] != SuppressionReason.None;

    /// <summary>A hidden cell that the published figures determine, or null when there is none.</summary>
    public (int Row, int Column)? FirstDeterminedCell()
    {
        var discovered = new int[nodes];
        var lowest = new int[nodes];
        var clock = 0;
        (int, int)? found = null;

        for (var start = 0; start < nodes && found is null; start++)
        {
            if (discovered[start] == 0)
            {
                Visit(start, parentEdge: null);
            }
        }

        return found;

        void Visit(int node, (int Row, int Column)? parentEdge)
        {
            discovered[node] = lowest[node] = ++clock;
            foreach (var (neighbour, edge) in HiddenEdges(node))
            {
                if (found is not null)
                {
                    return;
                }

                if (edge == parentEdge)
                {
                    continue;
                }

                if (discovered[neighbour] == 0)
                {
                    Visit(neighbour, edge);
                    lowest[node] = Math.Min(lowest[node], lowest[neighbour]);
                    if (lowest[neighbour] > discovered[node])
                    {
                        found ??= edge;
                    }
                }
                else
                {
                    lowest[node] = Math.Min(lowest[node], discovered[neighbour]);
                }
            }
        }
    }

    /// <summary>
    /// The published cells to hide so that the given hidden cell lies on a cycle of hidden cells:
    /// the cheapest path between its row and its column over non-zero cells, hidden ones free.
    /// </summary>
    public IReadOnlyList<(int Row, int Column)> CheapestComplement((int Row, int Column) cell, Func<int, int, long> cost)
    {
        var from = cell.Row;
        var to = ColumnNode(cell.Column);
        var distance = Enumerable.Repeat(long.MaxValue, nodes).ToArray();
        var previous = new (int Node, int Row, int Column)?[nodes];
        var queue = new PriorityQueue<int, (long, int)>();
        distance[from] = 0;
        queue.Enqueue(from, (0, from));

        while (queue.TryDequeue(out var node, out var priority))
        {
            if (priority.Item1 > distance[node])
            {
                continue;
            }

            if (node == to)
            {
                break;
            }

            foreach (var (neighbour, edge) in Edges(node))
            {
                if (edge == cell)
                {
                    continue;
                }

                var step = IsHidden(edge.Row, edge.Column) ? 0 : cost(edge.Row, edge.Column);
                var candidate = distance[node] + step;
                if (candidate < distance[neighbour])
                {
                    distance[neighbour] = candidate;
                    previous[neighbour] = (node, edge.Row, edge.Column);
                    queue.Enqueue(neighbour, (candidate, neighbour));
                }
            }
        }

        if (distance[to] == long.MaxValue)
        {
            throw new InvalidOperationException("No path of non-zero cells closes a cycle; a non-zero cell always has one through its margins.");
        }

        var complement = new List<(int, int)>();
        for (var node = to; previous[node] is { } step; node = step.Node)
        {
            if (!IsHidden(step.Row, step.Column))
            {
                complement.Add((step.Row, step.Column));
            }
        }

        return complement;
    }

    private IEnumerable<(int Neighbour, (int Row, int Column) Edge)> HiddenEdges(int node) =>
        Edges(node).Where(e => IsHidden(e.Edge.Row, e.Edge.Column));

    private List<(int Neighbour, (int Row, int Column) Edge)> Edges(int node) => adjacency[node];

    private static List<(int, (int, int))>[] NonZeroCells(CountTable table)
    {
        var adjacency = Enumerable.Range(0, table.Rows + 1 + table.Columns + 1).Select(_ => new List<(int, (int, int))>()).ToArray();
        for (var row = 0; row <= table.Rows; row++)
        {
            for (var column = 0; column <= table.Columns; column++)
            {
                if (table[row, column] > 0)
                {
                    var columnNode = table.Rows + 1 + column;
                    adjacency[row].Add((columnNode, (row, column)));
                    adjacency[columnNode].Add((row, (row, column)));
                }
            }
        }

        return adjacency;
    }
}
