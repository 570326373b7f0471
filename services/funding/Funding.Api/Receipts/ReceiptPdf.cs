using System.Globalization;
using Microsoft.Extensions.Options;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace PatientNetwork.Funding.Receipts;

/// <summary>
/// Draws a receipt as a one-page A4 PDF in French and Arabic (ADR 0023): Skia's PDF backend, each line shaped by
/// HarfBuzz (<see cref="SKShaper"/>) so Arabic letters join and run right to left; French on the left, Arabic
/// labels right-aligned on the right. Arabic lines hold Arabic only (numbers and names go on the French side),
/// so no line needs bidirectional reordering.
/// </summary>
public sealed class ReceiptPdf(IOptions<ReceiptOptions> options)
{
    private const float Width = 595;
    private const float Height = 842;
    private const float Margin = 48;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Mad(long centimes)
    {
        var format = (NumberFormatInfo)French.NumberFormat.Clone();
        format.NumberGroupSeparator = " ";
        return (centimes / 100m).ToString("#,##0.00", format) + " MAD";
    }

    public static string MethodInFrench(string? method) => method switch
    {
        "Cash" => "Espèces",
        "BankTransfer" => "Virement bancaire",
        "Cheque" => "Chèque",
        "Card" => "Carte bancaire",
        "InKind" => "Don en nature",
        _ => "Dons de l'année",
    };

    public byte[] Render(Receipt receipt, string? method, string? detail)
    {
        var settings = options.Value;
        var association = settings.For(receipt.AssociationId);
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Title = $"Reçu {receipt.Number}", Creator = "PatientNetwork Funding" }))
        {
            using var regular = SKTypeface.FromFile(settings.FontPath) ?? SKTypeface.Default;
            using var bold = SKTypeface.FromFile(settings.BoldFontPath) ?? regular;
            using var regularShaper = new SKShaper(regular);
            using var boldShaper = new SKShaper(bold);
            using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            using var red = new SKPaint { Color = new SKColor(0xB0, 0x00, 0x20), IsAntialias = true };
            using var rule = new SKPaint { Color = SKColors.Gray, StrokeWidth = 0.8f, IsAntialias = true };
            var canvas = document.BeginPage(Width, Height);

            void Left(string text, float y, float size, bool strong = false, SKPaint? paint = null)
            {
                using var font = new SKFont(strong ? bold : regular, size);
                canvas.DrawShapedText(strong ? boldShaper : regularShaper, text, Margin, y, SKTextAlign.Left, font, paint ?? ink);
            }

            void Right(string text, float y, float size, bool strong = false, SKPaint? paint = null)
            {
                using var font = new SKFont(strong ? bold : regular, size);
                canvas.DrawShapedText(strong ? boldShaper : regularShaper, text, Width - Margin, y, SKTextAlign.Right, font, paint ?? ink);
            }

            var y = 70f;
            Left(association.Name, y, 16, strong: true);
            Right(association.NameArabic, y, 16, strong: true);
            y += 20;
            Left(association.Address, y, 9);
            y += 13;
            var identifiers = string.Join("  ·  ", new[] { ("ICE", association.Ice), ("RC", association.Rc), ("IF", association.If) }
                .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1} {p.Item2}"));
            Left(identifiers, y, 9);
            y += 13;
            if (!string.IsNullOrWhiteSpace(association.Authorisation))
            {
                Left(association.Authorisation, y, 9);
                y += 13;
            }

            canvas.DrawLine(Margin, y, Width - Margin, y, rule);
            y += 40;
            var annual = receipt.Kind == ReceiptKind.Annual;
            Left(annual ? "REÇU FISCAL ANNUEL DE DONS" : "REÇU DE DON", y, 20, strong: true);
            Right(annual ? "وصل سنوي للتبرعات" : "وصل تبرع", y, 20, strong: true);
            y += 28;
            if (receipt.IsDuplicate)
            {
                Left("DUPLICATA", y, 16, strong: true, paint: red);
                Right("نسخة ثانية", y, 16, strong: true, paint: red);
                y += 24;
            }

            if (receipt.Status == ReceiptStatus.Cancelled)
            {
                Left("ANNULÉ", y, 16, strong: true, paint: red);
                Right("ملغى", y, 16, strong: true, paint: red);
                y += 24;
            }

            y += 12;
            void Row(string label, string value, string arabicLabel)
            {
                Left($"{label} : {value}", y, 12);
                Right(arabicLabel, y, 12);
                y += 26;
            }

            Row("N°", receipt.Number, "رقم الوصل");
            Row("Donateur", receipt.DonorName, "المتبرع");
            Row("Montant", Mad(receipt.AmountCentimes), "المبلغ");
            if (annual)
            {
                Row("Année", $"{receipt.Year} ({receipt.Gifts} don{(receipt.Gifts > 1 ? "s" : "")})", "السنة");
            }
            else
            {
                Row("Date du don", receipt.GiftDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), "تاريخ التبرع");
                Row("Mode", MethodInFrench(method) + (string.IsNullOrWhiteSpace(detail) ? "" : $" ({detail})"), "طريقة الأداء");
            }

            Row("Émis le", receipt.IssuedAt.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) + (association.City is null ? "" : $" à {association.City}"), "تاريخ الإصدار");
            y += 20;
            canvas.DrawLine(Margin, y, Width - Margin, y, rule);
            y += 30;
            Left("L'association remercie chaleureusement le donateur pour sa générosité.", y, 11);
            y += 22;
            Right("تشكر الجمعية المتبرع على كرمه وسخائه", y, 12);
            document.EndPage();
            document.Close();
        }

        return output.ToArray();
    }
}
