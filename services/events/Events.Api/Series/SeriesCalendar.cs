using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace PatientNetwork.Events.Series;

/// <summary>
/// A series' dates from its iCalendar rule, expanded by Ical.Net (docs/decisions/0017) in local time of
/// Africa/Casablanca, so an edition starts at the same wall-clock time whether Morocco is on UTC+1 or, during
/// Ramadan, on UTC+0.
/// </summary>
public static class SeriesCalendar
{
    /// <summary>Reads an RRULE value (with or without <c>RRULE:</c>), normalised to Ical.Net's own writing of it.</summary>
    public static bool TryParseRule(string? rule, out string normalised)
    {
        normalised = "";
        if (string.IsNullOrWhiteSpace(rule))
        {
            return false;
        }

        var value = rule.Trim();
        if (value.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase))
        {
            value = value[6..];
        }

        try
        {
            var pattern = new RecurrencePattern(value);
            normalised = pattern.ToString() ?? "";
            return normalised.Length > 0 && value.Contains("FREQ=", StringComparison.OrdinalIgnoreCase);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>The local start of each edition from the first, up to <paramref name="until"/> (at most 500).</summary>
    public static IReadOnlyList<DateTime> Occurrences(string rule, DateTime firstStartsLocal, DateTime until)
    {
        var master = new CalendarEvent
        {
            DtStart = new CalDateTime(firstStartsLocal, EventSeries.TimeZone, true),
            Duration = new Duration(hours: 1),
            RecurrenceRule = new RecurrencePattern(rule),
        };
        return master.GetOccurrences(master.DtStart)
            .Select(o => o.Period.StartTime.Value)
            .TakeWhile(start => start <= until)
            .Take(500)
            .ToList();
    }

    /// <summary>The instant a local wall-clock time in Africa/Casablanca is.</summary>
    public static DateTimeOffset ToInstant(DateTime local)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(EventSeries.TimeZone);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
