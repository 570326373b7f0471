using System.Text.Json;

namespace PatientNetwork.IntegrationTests.Statistics;

/// <summary>
/// A row (or column) of a published table whose cells and total hide exactly one figure gives it away by
/// subtraction; the exact check over random tables is in the unit tests, this one holds it on a live release.
/// </summary>
internal static class PublishedTable
{
    /// <summary><paramref name="table"/> has <c>cells</c>, a <c>total</c> and the two margins named.</summary>
    public static void AssertNoHiddenFigureStandsAlone(JsonElement table, (string Margin, string Label) rows, (string Margin, string Label) columns)
    {
        var cells = table.GetProperty("cells").EnumerateArray().ToList();
        var grandTotalHidden = Hidden(table.GetProperty("total"));
        foreach (var (margin, label) in new[] { rows, columns })
        {
            var totals = table.GetProperty(margin).EnumerateArray().ToDictionary(t => t.GetProperty("code").GetString()!, Hidden);
            foreach (var (code, totalHidden) in totals)
            {
                var hidden = cells.Count(c => c.GetProperty(label).GetString() == code && Hidden(c)) + (totalHidden ? 1 : 0);
                Assert.True(hidden != 1, $"{label} {code} hides a single figure");
            }

            Assert.True(totals.Values.Count(h => h) + (grandTotalHidden ? 1 : 0) != 1, $"the {margin} totals hide a single figure");
        }
    }

    public static bool Hidden(JsonElement figure) => figure.GetProperty("suppressed").GetBoolean();
}
