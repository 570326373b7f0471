using System.Text.RegularExpressions;
using PatientNetwork.Registry.ReferenceData;

namespace PatientNetwork.UnitTests.Registry.ReferenceData;

internal static partial class LabelAssert
{
    public static void IsComplete(Label label)
    {
        Assert.False(string.IsNullOrWhiteSpace(label.Ar), $"Arabic label missing for '{label.En}'");
        Assert.False(string.IsNullOrWhiteSpace(label.Fr), $"French label missing for '{label.En}'");
        Assert.False(string.IsNullOrWhiteSpace(label.En), $"English label missing for '{label.Fr}'");
    }

    public static void ArabicIsArabic(Label label)
    {
        Assert.Matches(ArabicLetter(), label.Ar);
        Assert.DoesNotMatch(LatinWord(), label.Ar);
        Assert.DoesNotMatch(ArabicLetter(), label.Fr);
        Assert.DoesNotMatch(ArabicLetter(), label.En);
    }

    [GeneratedRegex(@"[\u0600-\u06FF]")]
    private static partial Regex ArabicLetter();

    // A Latin word of three letters or more: the Arabic label was left in French or English. Short tokens such as
    // the 'X' of X-linked or 'IgA'-style immunoglobulin letters and '22q11.2' are allowed.
    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex LatinWord();
}
