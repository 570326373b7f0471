using Microsoft.Extensions.Localization;
using PatientNetwork.WebApp.Localization;

namespace PatientNetwork.WebApp.Partnerships;

/// <summary>What the agreement screens show of dates and check of a signed PDF before it is sent (Partnerships checks again).</summary>
public static class AgreementsText
{
    /// <summary>Partnerships takes a signed agreement of at most 5 MB.</summary>
    public const int MaxDocumentBytes = 5 * 1024 * 1024;

    /// <summary>"1 janvier 2027 – 31 décembre 2027", or "from … (open-ended)" when the agreement has no end.</summary>
    public static string Period(DateOnly startsOn, DateOnly? endsOn, IStringLocalizer<Texts> t) =>
        endsOn is { } end ? $"{Formats.Date(startsOn)} – {Formats.Date(end)}" : t["Agreements_OpenEnded", Formats.Date(startsOn)].Value;

    /// <summary>A PDF starts with <c>%PDF-</c>, as Partnerships recognises one; the name of the file says nothing.</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> content) => content.StartsWith("%PDF-"u8);
}
