using System.Text;
using PatientNetwork.Registry.Imports;

namespace PatientNetwork.UnitTests.Hardening;

public sealed class CsvFileDecoderTests
{
    private const string Header = "first_name,last_name,date_of_birth\n";

    [Fact]
    public void A_UTF8_file_reads_whole_without_its_byte_order_mark()
    {
        var (text, error) = CsvFileDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Header + "Hajar,Benjelloun,2015-04-02\n")]);

        Assert.Null(error);
        Assert.Equal(Header + "Hajar,Benjelloun,2015-04-02\n", text);
    }

    [Theory]
    [InlineData("Adam,Alaoui,2012-09-30\nSal", "line 3, column first_name")]
    [InlineData("Adam,Alaoui,2012-09-30\nSalma,Ben", "line 3, column last_name")]
    [InlineData("Adam,Alaoui,2012-09-30\nSalma,", "line 3, column last_name")]
    [InlineData("Adam,Alaoui,2012-09-30\n", "line 3, column first_name")]
    [InlineData("\"Adam\",\"Ala\noui\",2012-09-30\nSalma,Benjelloun,", "line 3, column date_of_birth")]
    public void A_byte_that_is_not_UTF8_refuses_the_file_naming_its_line_and_column(string before, string where)
    {
        var (text, error) = CsvFileDecoder.Decode([.. Encoding.UTF8.GetBytes(Header + before), 0xE9, .. "ma\n"u8]);

        Assert.Null(text);
        Assert.Contains($"from {where} on", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_byte_in_the_header_is_named_as_such()
    {
        var (_, error) = CsvFileDecoder.Decode([.. "first_"u8, 0xFF, .. "name\n"u8]);

        Assert.Contains("line 1 (the header)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sequence_cut_at_the_end_of_the_file_is_refused_too()
    {
        var (text, error) = CsvFileDecoder.Decode([.. Encoding.UTF8.GetBytes(Header + "Sal"), 0xC3]);

        Assert.Null(text);
        Assert.Contains("line 2, column first_name", error, StringComparison.Ordinal);
    }
}
