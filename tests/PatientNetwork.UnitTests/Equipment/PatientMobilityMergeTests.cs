using PatientNetwork.Funding.Equipment.Needs;

namespace PatientNetwork.UnitTests.Equipment;

public sealed class PatientMobilityMergeTests
{
    private static readonly DateTimeOffset Earlier = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private static PatientMobility Child(string? need, DateTimeOffset since) =>
        PatientMobility.Observe(Guid.NewGuid(), "hajar", null, "fes-meknes", need, deceased: false, since);

    [Fact]
    public void The_survivor_keeps_the_earlier_waiting_date_and_the_merged_record_stops_waiting()
    {
        var merged = Child("wheelchair", Earlier);
        var survivor = Child("walking-aid", Later);

        merged.MergeInto(survivor, survivor.PatientId);

        Assert.False(merged.NeedsEquipment);
        Assert.Null(merged.NeedSince);
        Assert.Equal(Earlier, survivor.NeedSince);
        Assert.Equal("walking-aid", survivor.MobilityNeed);
    }

    [Fact]
    public void A_survivor_whose_need_is_unknown_takes_the_merged_records_need()
    {
        var merged = Child("bedridden", Earlier);
        var survivor = Child(null, Later);

        merged.MergeInto(survivor, survivor.PatientId);

        Assert.Equal("bedridden", survivor.MobilityNeed);
        Assert.True(survivor.NeedsEquipment);
        Assert.Equal(Earlier, survivor.NeedSince);
    }

    [Fact]
    public void A_survivor_without_a_need_is_not_put_on_the_list_by_the_merge()
    {
        var merged = Child("wheelchair", Earlier);
        var survivor = Child("none", Later);

        merged.MergeInto(survivor, survivor.PatientId);

        Assert.False(survivor.NeedsEquipment);
        Assert.Null(survivor.NeedSince);
    }

    [Fact]
    public void A_late_event_about_a_merged_record_changes_nothing()
    {
        var merged = PatientMobility.MergedBeforeArrival(Guid.NewGuid(), "hajar", Guid.NewGuid(), Later);

        merged.Apply("hajar", null, "fes-meknes", "wheelchair", deceased: false, Earlier);
        merged.Apply("hajar", null, "fes-meknes", "wheelchair", deceased: false, Later.AddDays(1));

        Assert.False(merged.NeedsEquipment);
        Assert.Null(merged.NeedSince);
    }
}
