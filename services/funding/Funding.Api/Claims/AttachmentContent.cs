namespace PatientNetwork.Funding.Claims;

/// <summary>
/// What an uploaded file really is, read from its first bytes rather than from its name or the
/// type the client declared: PDF (<c>%PDF-</c>), JPEG (<c>FF D8 FF</c>) or PNG (its 8-byte signature).
/// </summary>
public static class AttachmentContent
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public static readonly IReadOnlyList<string> Kinds = ["invoice", "prescription", "other"];

    private static readonly (string ContentType, byte[] Signature)[] Signatures =
    [
        ("application/pdf", "%PDF-"u8.ToArray()),
        ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    ];

    /// <summary>The content type the bytes begin with, or null when they are none of the accepted kinds.</summary>
    public static string? Detect(ReadOnlySpan<byte> content)
    {
        foreach (var (contentType, signature) in Signatures)
        {
            if (content.StartsWith(signature))
            {
                return contentType;
            }
        }

        return null;
    }
}
