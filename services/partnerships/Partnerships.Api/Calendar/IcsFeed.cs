using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace PatientNetwork.Partnerships.Calendar;

/// <summary>
/// Writes the public calendar as RFC 5545 with Ical.Net (docs/decisions/0017). UIDs are the events' and series' ids,
/// so a calendar application updates its copy in place; SEQUENCE is Events' sequence number. A series is one
/// VEVENT with its RRULE from its first start; each published edition is its exception for the date the rule gave
/// it (RECURRENCE-ID), moved or cancelled as the edition is. Times carry TZID Africa/Casablanca, whose VTIMEZONE
/// (UTC+1, UTC+0 during Ramadan) is written from the tz database. A blood drive stays one VEVENT: its slots are lines
/// of its DESCRIPTION with their free places (<see cref="SlotLines"/>, docs/blood-drives.md says why).
/// </summary>
public static class IcsFeed
{
    public const string MediaType = "text/calendar";
    public const string TimeZone = "Africa/Casablanca";
    private const string UidDomain = "@patientnetwork.ma";

    public static string Write(IReadOnlyList<PublicSeries> series, IReadOnlyList<PublicEvent> events, ILookup<Guid, PublicDriveSlot> slots, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(slots);
        var calendar = new Ical.Net.Calendar { ProductId = "-//PatientNetwork//Public calendar//EN", Method = "PUBLISH" };
        calendar.AddTimeZone(new VTimeZone(TimeZone));
        var stamp = new CalDateTime(now.UtcDateTime, "UTC");
        var seriesIds = series.Select(s => s.Id).ToHashSet();
        foreach (var s in series)
        {
            var start = new CalDateTime(s.FirstStartsLocal, TimeZone, true);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = SeriesUid(s.Id),
                DtStamp = stamp,
                Sequence = Math.Max(0, s.Sequence),
                Summary = s.Title,
                Location = Location(s.Venue, s.City),
                Categories = [s.Kind],
                DtStart = start,
                DtEnd = start.Add(Duration.FromTimeSpanExact(s.Duration)),
                RecurrenceRule = new RecurrencePattern(s.RecurrenceRule),
            });
        }

        foreach (var e in events)
        {
            var inSeries = e.SeriesId is { } id && seriesIds.Contains(id) && e.OccurrenceDate is not null;
            var item = new CalendarEvent
            {
                Uid = inSeries ? SeriesUid(e.SeriesId!.Value) : $"{e.Id:D}{UidDomain}",
                DtStamp = stamp,
                Sequence = Math.Max(0, e.Sequence),
                Summary = e.Title,
                Description = WithSlots(e.DescriptionFr ?? e.DescriptionEn ?? e.DescriptionAr, slots[e.Id], now),
                Location = e.OnlineUrl is not null && e.Status == "moved-online" ? e.OnlineUrl : Location(e.Venue, e.City),
                Categories = [e.Kind],
                Status = e.Status switch
                {
                    "cancelled" => Ical.Net.EventStatus.Cancelled,
                    "postponed" => Ical.Net.EventStatus.Tentative,
                    _ => Ical.Net.EventStatus.Confirmed,
                },
                DtStart = Local(e.StartsAt),
                DtEnd = Local(e.EndsAt),
            };
            if (e.OnlineUrl is not null && Uri.TryCreate(e.OnlineUrl, UriKind.Absolute, out var url))
            {
                item.Url = url;
            }

            if (inSeries)
            {
                var master = series.First(s => s.Id == e.SeriesId);
                item.RecurrenceIdentifier = new RecurrenceIdentifier(
                    new CalDateTime(e.OccurrenceDate!.Value.ToDateTime(TimeOnly.FromDateTime(master.FirstStartsLocal)), TimeZone, true), null);
            }

            calendar.Events.Add(item);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>
    /// One line per slot, e.g. <c>2026-12-24 09:00–09:30 Settat centre (settat): 4/6</c> (free of capacity, local time), under a
    /// heading in French and English as the feed is read in both. No names.
    /// </summary>
    public static string SlotLines(IEnumerable<PublicDriveSlot> slots, DateTimeOffset now)
    {
        var lines = slots.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{LocalTime(s.StartsAt):yyyy-MM-dd HH:mm}–{LocalTime(s.EndsAt):HH:mm} {s.Site} ({s.City}): {s.FreeAt(now)}/{s.Capacity}")).ToList();
        return lines.Count == 0 ? "" : string.Join('\n', lines.Prepend("Places libres / Free places:"));
    }

    private static string? WithSlots(string? description, IEnumerable<PublicDriveSlot> slots, DateTimeOffset now) =>
        SlotLines(slots, now) is { Length: > 0 } lines ? (string.IsNullOrEmpty(description) ? lines : $"{description}\n\n{lines}") : description;

    private static string SeriesUid(Guid id) => $"series-{id:D}{UidDomain}";

    private static CalDateTime Local(DateTimeOffset instant) => new(LocalTime(instant), TimeZone, true);

    private static DateTime LocalTime(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(TimeZone)).DateTime;

    private static string? Location(string? venue, string city) =>
        string.Join(", ", new[] { venue, city }.Where(part => !string.IsNullOrWhiteSpace(part))) is { Length: > 0 } location ? location : null;
}
