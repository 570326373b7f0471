using System.Globalization;
using PatientNetwork.Events.BloodDrives.Sites;

namespace PatientNetwork.Events.BloodDrives.Reports;

/// <summary>
/// The months a monthly report covers, <c>yyyy-MM</c> to <c>yyyy-MM</c> inclusive, in Casablanca time: by default the
/// twelve months ending with the current one; at most <see cref="MaxMonths"/> so one request never scans years of bookings.
/// </summary>
public sealed record MonthRange(DateOnly First, DateOnly Last)
{
    public const int MaxMonths = 24;

    public const int DefaultMonths = 12;

    /// <summary>The instant the first month starts (Casablanca midnight).</summary>
    public DateTimeOffset Start => SlotSizing.Utc(First, TimeOnly.MinValue);

    /// <summary>The instant after the last month ends.</summary>
    public DateTimeOffset End => SlotSizing.Utc(Last.AddMonths(1), TimeOnly.MinValue);

    public IEnumerable<DateOnly> Months()
    {
        for (var month = First; month <= Last; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    public static string Label(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The month of an instant in Casablanca time, as the first day of that month.</summary>
    public static DateOnly MonthOf(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(SlotSizing.TimeZoneId));
        return new DateOnly(local.Year, local.Month, 1);
    }

    /// <summary>The range asked for, or the field errors of a 400 (a month not written yyyy-MM, outside 2000–2100, reversed, or too long).</summary>
    public static (MonthRange? Range, Dictionary<string, string[]> Errors) Parse(string? from, string? to, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        var last = ParseMonth(to, "to", errors) ?? MonthOf(now);
        var first = ParseMonth(from, "from", errors) ?? last.AddMonths(1 - DefaultMonths);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        if (first > last)
        {
            errors["from"] = ["The first month comes before the last."];
        }
        else if ((last.Year - first.Year) * 12 + last.Month - first.Month + 1 > MaxMonths)
        {
            errors["from"] = [$"At most {MaxMonths} months at once."];
        }

        return errors.Count > 0 ? (null, errors) : (new MonthRange(first, last), errors);
    }

    private static DateOnly? ParseMonth(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && month.Year is >= 2000 and <= 2100)
        {
            return month;
        }

        errors[field] = ["A month written yyyy-MM, between 2000 and 2100."];
        return null;
    }
}
