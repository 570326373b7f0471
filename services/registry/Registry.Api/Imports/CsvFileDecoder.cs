using System.Buffers;
using System.Text.Unicode;

namespace PatientNetwork.Registry.Imports;

/// <summary>
/// Reads an uploaded file as UTF-8, strictly: a byte that is not UTF-8 (a file saved as Latin-1 or
/// Windows-1256) refuses the file with where it is, instead of turning names into U+FFFD.
/// The byte-order mark spreadsheets write ("CSV UTF-8") is not part of the text.
/// </summary>
public static class CsvFileDecoder
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    public static (string? Text, string? Error) Decode(ReadOnlySpan<byte> file)
    {
        if (file.StartsWith(ByteOrderMark))
        {
            file = file[ByteOrderMark.Length..];
        }

        var text = new char[file.Length];
        var status = Utf8.ToUtf16(file, text, out _, out var decoded, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return (new string(text, 0, decoded), null);
        }

        var where = CsvRowReader.Locate(new string(text, 0, decoded));
        return (null, $"The file is not UTF-8 text from {where} on. Save it as \"CSV UTF-8\" in the spreadsheet and upload it again.");
    }
}
