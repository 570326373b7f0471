using PatientNetwork.Partnerships.Statistics.Disclosure;

namespace PatientNetwork.UnitTests.Partnerships.Disclosure;

internal static class Tables
{
    /// <summary>A table of <paramref name="rows"/> × <paramref name="columns"/> counts given row by row, labelled row0…, column0….</summary>
    public static CountTable Of(int rows, int columns, int[] counts)
    {
        var grid = new int[rows, columns];
        for (var index = 0; index < counts.Length; index++)
        {
            grid[index / columns, index % columns] = counts[index];
        }

        return new CountTable(
            Enumerable.Range(0, rows).Select(r => $"row{r}").ToList(),
            Enumerable.Range(0, columns).Select(c => $"column{c}").ToList(),
            grid);
    }
}
