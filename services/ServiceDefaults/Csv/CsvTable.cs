using System.Text;

namespace PatientNetwork.ServiceDefaults.Csv;

/// <summary>
/// Writes a whole CSV file (RFC 4180: CRLF line ends), every cell through <see cref="CsvCell"/>; the
/// one writer for exports, reports and payout files, so none can forget the formula rule.
/// </summary>
public static class CsvTable
{
    /// <summary>UTF-8 with a byte-order mark, which spreadsheets need to read Arabic and accented names correctly.</summary>
    public static byte[] ToUtf8(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        AppendLine(text, header);
        foreach (var row in rows)
        {
            AppendLine(text, row);
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    private static void AppendLine(StringBuilder text, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(CsvCell.Format(cells[i]));
        }

        text.Append("\r\n");
    }
}
