using PatientNetwork.Funding.Equipment.Stock;
using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.UnitTests.Equipment;

public sealed class EquipmentStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<EquipmentStatus, EquipmentStatus> AllowedMoves => new()
    {
        { EquipmentStatus.InStock, EquipmentStatus.Reserved },
        { EquipmentStatus.InStock, EquipmentStatus.Assigned },
        { EquipmentStatus.InStock, EquipmentStatus.InRepair },
        { EquipmentStatus.InStock, EquipmentStatus.Retired },
        { EquipmentStatus.Reserved, EquipmentStatus.Assigned },
        { EquipmentStatus.Reserved, EquipmentStatus.InStock },
        { EquipmentStatus.Assigned, EquipmentStatus.InStock },
        { EquipmentStatus.Assigned, EquipmentStatus.InRepair },
        { EquipmentStatus.InRepair, EquipmentStatus.InStock },
        { EquipmentStatus.InRepair, EquipmentStatus.Retired },
    };

    [Fact]
    public void Exactly_the_listed_moves_are_allowed_and_retired_is_the_end()
    {
        var allowed = AllowedMoves.Select(m => ((EquipmentStatus)m[0], (EquipmentStatus)m[1])).ToHashSet();
        foreach (var from in Enum.GetValues<EquipmentStatus>())
        {
            foreach (var to in Enum.GetValues<EquipmentStatus>())
            {
                Assert.Equal(allowed.Contains((from, to)), EquipmentTransitions.Allows(from, to));
            }
        }

        Assert.Empty(EquipmentTransitions.From(EquipmentStatus.Retired));
    }

    [Fact]
    public void A_chair_goes_from_stock_to_a_child_and_back_with_every_move_in_its_history()
    {
        var chair = NewChair();

        chair.Assign("assignment 1", "hajar.coordinator", Now.AddHours(1));
        chair.ComeBack(needsRepair: true, "wheel broken", "hajar.coordinator", Now.AddDays(30));
        chair.Repaired("new wheel", "hajar.coordinator", Now.AddDays(35));

        Assert.Equal(EquipmentStatus.InStock, chair.Status);
        Assert.Equal(Now.AddDays(35), chair.StatusSince);
        Assert.Equal(
            [(EquipmentStatus.InStock, EquipmentStatus.Assigned), (EquipmentStatus.Assigned, EquipmentStatus.InRepair), (EquipmentStatus.InRepair, EquipmentStatus.InStock)],
            chair.History.Select(h => (h.From, h.To)));
    }

    [Fact]
    public void An_assigned_chair_cannot_be_assigned_again_and_the_refusal_names_its_status()
    {
        var chair = NewChair();
        chair.Assign("assignment 1", "hajar.coordinator", Now);

        var refusal = Assert.Throws<FundingConflictException>(() => chair.Assign("assignment 2", "hajar.coordinator", Now.AddMinutes(1)));

        Assert.Equal(409, refusal.StatusCode);
        Assert.Equal("assigned", refusal.Extensions["currentStatus"]);
        Assert.Equal(EquipmentStatus.Assigned, chair.Status);
        Assert.Single(chair.History);
    }

    [Fact]
    public void A_retired_chair_makes_no_move_at_all()
    {
        var chair = NewChair();
        chair.Retire("frame cracked", "hajar.admin", Now);

        Assert.Throws<FundingConflictException>(() => chair.Assign("", "hajar.coordinator", Now));
        Assert.Throws<FundingConflictException>(() => chair.Reserve("", "hajar.coordinator", Now));
        Assert.Throws<FundingConflictException>(() => chair.SendToRepair("", "hajar.coordinator", Now));
        Assert.Throws<FundingConflictException>(() => chair.Repaired("", "hajar.coordinator", Now));
        Assert.Equal(EquipmentStatus.Retired, chair.Status);
    }

    [Fact]
    public void Only_a_reservation_is_released_and_only_an_assigned_chair_comes_back()
    {
        var chair = NewChair();

        Assert.Throws<FundingConflictException>(() => chair.ReleaseReservation("", "hajar.coordinator", Now));
        Assert.Throws<FundingConflictException>(() => chair.ComeBack(needsRepair: false, "", "hajar.coordinator", Now));

        chair.Reserve("day", "hajar.coordinator", Now);
        chair.ReleaseReservation("family did not come", "hajar.coordinator", Now.AddHours(8));
        Assert.Equal(EquipmentStatus.InStock, chair.Status);
    }

    [Fact]
    public void A_chair_with_a_child_goes_to_repair_only_through_its_return()
    {
        var chair = NewChair();
        chair.Assign("assignment 1", "hajar.coordinator", Now);

        Assert.Throws<FundingConflictException>(() => chair.SendToRepair("", "hajar.coordinator", Now));
        Assert.Equal(EquipmentStatus.Assigned, chair.Status);
    }

    [Fact]
    public void An_inspection_is_history_without_a_move()
    {
        var chair = NewChair();

        chair.Inspect("brakes checked", "hajar.volunteer", Now);

        Assert.Equal(EquipmentStatus.InStock, chair.Status);
        var record = Assert.Single(chair.History);
        Assert.Equal((EquipmentStatus.InStock, EquipmentStatus.InStock, "brakes checked"), (record.From, record.To, record.Note));
    }

    private static EquipmentItem NewChair() => EquipmentItem.Enter(
        Guid.NewGuid(), "hajar", Guid.NewGuid(), "M", "FRA-0001", Guid.NewGuid(), EquipmentSource.InKind, 450_000, null, null, null, "key-1", "hajar.admin", Now.AddDays(-1));
}
