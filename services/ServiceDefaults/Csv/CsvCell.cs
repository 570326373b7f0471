namespace PatientNetwork.ServiceDefaults.Csv;

/// <summary>
/// One cell of a CSV the system writes, made safe to open in a spreadsheet (OWASP, CSV injection):
/// a cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return would be run as a
/// formula, so it gets a leading single quote, which spreadsheets show as text; and every cell is
/// quoted, its quotes doubled, so a comma or line break inside it cannot start a new cell.
/// </summary>
/// <remarks>A phone number such as +212612345678 is shown as '+212612345678: the price of the rule, and it keeps the number from being read as one.</remarks>
public static class CsvCell
{
    public static string Format(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
