using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.Programme;

namespace PatientNetwork.UnitTests.Events;

public sealed class EventStatusTests
{
    private static readonly DateTimeOffset Now = FixedTime.Nov2026.GetUtcNow();

    [Fact]
    public void A_draft_is_published_once_and_each_change_bumps_the_sequence()
    {
        var e = Schedule(draft: true);
        Assert.Equal(EventStatus.Draft, e.Status);
        Assert.False(e.IsOnPublicCalendar);

        e.Publish();

        Assert.Equal(EventStatus.Published, e.Status);
        Assert.Equal(1, e.Sequence);
        Assert.Throws<EventRuleException>(e.Publish);
        e.Postpone();
        e.Reschedule(Now.AddDays(20), Now.AddDays(20).AddHours(3));
        Assert.Equal(3, e.Sequence);
        Assert.Equal(EventStatus.Published, e.Status);
    }

    [Fact]
    public void A_cancelled_event_is_final()
    {
        var e = Schedule();
        e.Cancel();

        Assert.Throws<EventRuleException>(e.Cancel);
        Assert.Throws<EventRuleException>(() => e.MoveOnline("https://meet.example.org/x"));
        Assert.Throws<EventRuleException>(e.Postpone);
        Assert.Throws<EventRuleException>(() => e.Change(Change(Now.AddDays(5)), "rabat", 0));
    }

    [Fact]
    public void Only_a_postponed_event_is_rescheduled() =>
        Assert.Throws<EventRuleException>(() => Schedule().Reschedule(Now.AddDays(9), Now.AddDays(9).AddHours(1)));

    [Fact]
    public void Capacity_cannot_go_below_the_places_taken()
    {
        var e = Schedule();

        var refused = Assert.Throws<EventRuleException>(() => e.Change(Change(e.StartsAt) with { Capacity = 4 }, "rabat", placesTaken: 5));
        Assert.Contains("5", refused.Message, StringComparison.Ordinal);
        e.Change(Change(e.StartsAt) with { Capacity = 5 }, "rabat", placesTaken: 5);
        Assert.Equal(5, e.Capacity);
    }

    [Fact]
    public void Sessions_move_with_the_event_s_start()
    {
        var e = Schedule();
        var session = e.AddSession(new SessionRequest("Lecture", e.StartsAt.AddHours(1), e.StartsAt.AddHours(2)), Now);

        e.Change(Change(e.StartsAt.AddDays(1)), "rabat", 0);

        Assert.Equal(e.StartsAt.AddHours(1), session.StartsAt);
        Assert.True(e.Contains(session.StartsAt, session.EndsAt));
    }

    [Fact]
    public void The_people_inside_cap_holds_at_the_door()
    {
        var e = Schedule(peopleInsideCap: 3);
        e.LetIn(2);

        Assert.Throws<EventRuleException>(() => e.LetIn(2));
        e.LetIn(1);
        e.LetOut(3);
        Assert.Equal(0, e.PeopleInside);
    }

    [Fact]
    public void Registration_is_refused_outside_its_window_and_for_members_only_events_from_the_public()
    {
        var e = AwarenessEvent.Schedule(new ScheduleEventRequest("Day", EventKind.Awareness, "rabat", Now.AddDays(10), Now.AddDays(10).AddHours(4),
            RegistrationOpensAt: Now.AddDays(1), RegistrationClosesAt: Now.AddDays(9), MembersOnly: true), "rabat", "hajar", null, "coordinator", Now);

        Assert.Throws<EventRuleException>(() => e.RefuseRegistrationUnlessOpen(Now, fromThePublic: false));
        e.RefuseRegistrationUnlessOpen(Now.AddDays(2), fromThePublic: false);
        Assert.Throws<EventRuleException>(() => e.RefuseRegistrationUnlessOpen(Now.AddDays(2), fromThePublic: true));
        Assert.Throws<EventRuleException>(() => e.RefuseRegistrationUnlessOpen(Now.AddDays(9), fromThePublic: false));
    }

    private static AwarenessEvent Schedule(bool draft = false, int? peopleInsideCap = null) =>
        AwarenessEvent.Schedule(new ScheduleEventRequest("World CML Day", EventKind.Awareness, "rabat", Now.AddDays(10), Now.AddDays(10).AddHours(6),
            Capacity: 50, PeopleInsideCap: peopleInsideCap, Draft: draft), "rabat", "amal", null, "amal.admin", Now);

    private static ChangeEventRequest Change(DateTimeOffset startsAt) =>
        new("World CML Day", EventKind.Awareness, "rabat", startsAt, startsAt.AddHours(6), Capacity: 50);
}
