namespace PatientNetwork.Partnerships.Statistics;

/// <summary>
/// The second breakdown of a release: five-year age bands by sex. Ages are reached in the release's year (from the
/// birth year alone, so a band may be a year ahead for a child born late in the year); from 20 on, one band, as the
/// registry's adults are few. An undetermined sex is counted with the unknown ones.
/// </summary>
public static class AgeAndSex
{
    public const string UnknownSex = "unknown";
    public const string UnknownAge = "unknown";
    private const int AdultsFrom = 20;
    private const int BandWidth = 5;

    public static string SexGroup(string? sex) => sex is "female" or "male" ? sex : UnknownSex;

    /// <summary>Labels sort as they read ("00-04" before "05-09" before "10-14"), as table rows are ordered by label.</summary>
    public static string AgeBand(int? birthYear, int year)
    {
        if (birthYear is not { } born || born > year)
        {
            return UnknownAge;
        }

        var age = year - born;
        if (age >= AdultsFrom)
        {
            return $"{AdultsFrom}+";
        }

        var from = age / BandWidth * BandWidth;
        return $"{from:00}-{from + BandWidth - 1:00}";
    }
}
