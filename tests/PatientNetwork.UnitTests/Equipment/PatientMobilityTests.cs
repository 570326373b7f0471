using PatientNetwork.Funding.Equipment.Needs;

namespace PatientNetwork.UnitTests.Equipment;

public sealed class PatientMobilityTests
{
    private static readonly DateTimeOffset Registered = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("wheelchair", true)]
    [InlineData("walking-aid", true)]
    [InlineData("bedridden", true)]
    [InlineData("none", false)]
    [InlineData(null, false)]
    public void Only_a_known_need_other_than_none_puts_a_child_on_the_waiting_list(string? need, bool waits)
    {
        var child = PatientMobility.Observe(Guid.NewGuid(), "hajar", null, "fes-meknes", need, deceased: false, Registered);

        Assert.Equal(waits, child.NeedsEquipment);
        Assert.Equal(waits ? Registered : null, child.NeedSince);
    }

    [Fact]
    public void A_need_kept_across_updates_keeps_its_place_and_a_need_gone_leaves_the_list()
    {
        var child = PatientMobility.Observe(Guid.NewGuid(), "hajar", null, "fes-meknes", "wheelchair", deceased: false, Registered);

        child.Apply("hajar", null, "souss-massa", "bedridden", deceased: false, Registered.AddDays(3));
        Assert.Equal(Registered, child.NeedSince);
        Assert.Equal("souss-massa", child.RegionCode);

        child.Apply("hajar", null, "souss-massa", "none", deceased: false, Registered.AddDays(5));
        Assert.Null(child.NeedSince);
    }

    [Fact]
    public void An_update_older_than_the_one_applied_changes_nothing_but_fills_an_unknown_need()
    {
        var child = PatientMobility.Observe(Guid.NewGuid(), "hajar", null, "souss-massa", null, deceased: false, Registered.AddDays(2));

        child.Apply("hajar", null, "fes-meknes", "wheelchair", deceased: false, Registered);

        Assert.Equal("souss-massa", child.RegionCode);
        Assert.Equal("wheelchair", child.MobilityNeed);
        Assert.True(child.NeedsEquipment);
    }

    [Fact]
    public void A_message_without_a_need_keeps_the_known_need_and_a_death_leaves_the_list()
    {
        var child = PatientMobility.Observe(Guid.NewGuid(), "hajar", null, "fes-meknes", "wheelchair", deceased: false, Registered);

        child.Apply("hajar", null, "fes-meknes", null, deceased: false, Registered.AddDays(1));
        Assert.Equal("wheelchair", child.MobilityNeed);
        Assert.Equal(Registered, child.NeedSince);

        child.Apply("hajar", null, "fes-meknes", null, deceased: true, Registered.AddDays(2));
        Assert.False(child.NeedsEquipment);
        Assert.Null(child.NeedSince);
    }
}
