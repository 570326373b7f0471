namespace PatientNetwork.Funding.Receipts;

/// <summary>Receipt settings: each association's legal details by association id, and the font the PDF embeds.</summary>
public sealed class ReceiptOptions
{
    public const string Section = "Receipts";

    /// <summary>A TrueType font with Latin and Arabic glyphs; DejaVu Sans is installed by infra/install-debian-packages.sh.</summary>
    public string FontPath { get; set; } = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    public string BoldFontPath { get; set; } = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    public Dictionary<string, AssociationLegalDetails> Associations { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public AssociationLegalDetails For(string associationId) =>
        Associations.TryGetValue(associationId, out var details) ? details : new AssociationLegalDetails { Name = associationId.ToUpperInvariant(), NameArabic = "" };
}
