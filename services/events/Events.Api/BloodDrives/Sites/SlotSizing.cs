namespace PatientNetwork.Events.BloodDrives.Sites;

/// <summary>
/// How many donors a slot takes, and the slots of a site's opening hours. A batch is never larger than the waiting room
/// (everyone of the batch waits there at once), nor than what the chairs can take in the slot:
/// chairs × slot minutes ÷ minutes per donor, rounded down. Worked example in docs/blood-drives.md.
/// </summary>
public static class SlotSizing
{
    public const string TimeZoneId = "Africa/Casablanca";

    private static readonly TimeZoneInfo Casablanca = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public static int BatchSize(int waitingRoom, int chairs, int slotMinutes, int minutesPerDonor)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minutesPerDonor);
        return Math.Max(0, Math.Min(waitingRoom, chairs * slotMinutes / minutesPerDonor));
    }

    /// <summary>The slots of each opening day, back to back from opening; a last part shorter than a slot is not a slot.</summary>
    public static IEnumerable<(DateTimeOffset StartsAt, DateTimeOffset EndsAt)> Slots(IEnumerable<OpeningHours> days, int slotMinutes)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slotMinutes);
        foreach (var day in days)
        {
            var start = day.Opens;
            while ((day.Closes - start).TotalMinutes >= slotMinutes && start.AddMinutes(slotMinutes) > start)
            {
                var end = start.AddMinutes(slotMinutes);
                yield return (Utc(day.Date, start), Utc(day.Date, end));
                start = end;
            }
        }
    }

    /// <summary>A Casablanca wall-clock time as an instant (Morocco moves to UTC+0 during Ramadan).</summary>
    public static DateTimeOffset Utc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Casablanca.GetUtcOffset(local)).ToUniversalTime();
    }
}
