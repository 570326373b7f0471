using PatientNetwork.Events.BloodDrives.Sites;

namespace PatientNetwork.UnitTests.BloodDrives;

public sealed class SlotSizingTests
{
    [Fact]
    public void The_waiting_room_caps_a_batch_the_chairs_could_exceed() =>
        Assert.Equal(6, SlotSizing.BatchSize(waitingRoom: 6, chairs: 4, slotMinutes: 30, minutesPerDonor: 15));

    [Fact]
    public void The_chairs_cap_a_batch_the_waiting_room_could_exceed() =>
        Assert.Equal(4, SlotSizing.BatchSize(waitingRoom: 12, chairs: 3, slotMinutes: 30, minutesPerDonor: 20));

    [Fact]
    public void Opening_hours_are_cut_into_whole_slots_in_Casablanca_time()
    {
        var day = new DateOnly(2027, 1, 12);
        var slots = SlotSizing.Slots([new OpeningHours(day, new TimeOnly(9, 0), new TimeOnly(11, 45))], 30).ToList();

        Assert.Equal(5, slots.Count);
        Assert.Equal(SlotSizing.Utc(day, new TimeOnly(9, 0)), slots[0].StartsAt);
        Assert.Equal(SlotSizing.Utc(day, new TimeOnly(11, 30)), slots[^1].EndsAt);
        // Morocco keeps UTC+1 outside Ramadan: 09:00 in Casablanca is 08:00 UTC.
        Assert.Equal(new DateTimeOffset(2027, 1, 12, 8, 0, 0, TimeSpan.Zero), slots[0].StartsAt);
    }
}
