using System.Text;
using PatientNetwork.ServiceDefaults.Csv;

namespace PatientNetwork.UnitTests.Hardening;

public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("+212612345678", "\"'+212612345678\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1:A9)", "\"'@SUM(A1:A9)\"")]
    [InlineData("\t=1+1", "\"'\t=1+1\"")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    public void A_cell_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string value, string written) =>
        Assert.Equal(written, CsvCell.Format(value));

    [Theory]
    [InlineData("Salma El Idrissi", "\"Salma El Idrissi\"")]
    [InlineData("Casablanca, Maarif", "\"Casablanca, Maarif\"")]
    [InlineData("a \"quoted\" word", "\"a \"\"quoted\"\" word\"")]
    [InlineData("line one\nline two", "\"line one\nline two\"")]
    [InlineData("1+1=2", "\"1+1=2\"")]
    public void Other_cells_are_quoted_and_kept_as_they_are(string value, string written) =>
        Assert.Equal(written, CsvCell.Format(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void An_empty_cell_is_empty(string? value) => Assert.Equal("", CsvCell.Format(value));

    [Fact]
    public void A_table_is_UTF8_with_a_byte_order_mark_and_CRLF_lines()
    {
        var bytes = CsvTable.ToUtf8(["name", "reason"], [["سلمى", "=1+1"], ["Adam", null]]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("\"name\",\"reason\"\r\n\"سلمى\",\"'=1+1\"\r\n\"Adam\",\r\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }
}
