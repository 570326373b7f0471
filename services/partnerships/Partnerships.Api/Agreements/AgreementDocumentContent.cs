namespace PatientNetwork.Partnerships.Agreements;

/// <summary>
/// A signed agreement is a PDF, recognised by its first bytes (<c>%PDF-</c>) rather than by its name or the type the
/// client declared, and at most <see cref="MaxBytes"/> long.
/// </summary>
public static class AgreementDocumentContent
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public const string ContentType = "application/pdf";

    public static bool IsPdf(ReadOnlySpan<byte> content) => content.StartsWith("%PDF-"u8);

    /// <summary>The bytes of a base64 text, or empty when it is not base64.</summary>
    public static byte[] Decode(string base64)
    {
        var buffer = new byte[base64.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(base64, buffer, out var written) ? buffer[..written] : [];
    }
}
