using PatientNetwork.Events.Series;

namespace PatientNetwork.UnitTests.Events;

public sealed class SeriesCalendarTests
{
    private const string WorldCmlDay = "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=22";

    [Fact]
    public void World_CML_Day_falls_on_22_September_every_year_from_2026_to_2040()
    {
        var starts = SeriesCalendar.Occurrences(WorldCmlDay, new DateTime(2026, 9, 22, 9, 0, 0), new DateTime(2040, 12, 31));

        Assert.Equal(Enumerable.Range(2026, 15).Select(year => new DateTime(year, 9, 22, 9, 0, 0)), starts);
    }

    [Theory]
    [InlineData("RRULE:FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=22", true)]
    [InlineData("FREQ=MONTHLY;BYDAY=1SA", true)]
    [InlineData("every September", false)]
    [InlineData("FREQ=SOMETIMES", false)]
    public void A_rule_is_read_as_iCalendar(string rule, bool valid) =>
        Assert.Equal(valid, SeriesCalendar.TryParseRule(rule, out _));

    [Fact]
    public void A_local_time_in_Casablanca_is_UTC_plus_one_outside_Ramadan_and_UTC_during_it()
    {
        // Ramadan 2027 runs from about 8 February to 9 March; Morocco sets its clocks to UTC+0 for it.
        Assert.Equal(TimeSpan.FromHours(1), SeriesCalendar.ToInstant(new DateTime(2027, 9, 22, 9, 0, 0)).Offset);
        Assert.Equal(TimeSpan.Zero, SeriesCalendar.ToInstant(new DateTime(2027, 2, 22, 9, 0, 0)).Offset);
    }
}
