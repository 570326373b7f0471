using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.Notifications;
using PatientNetwork.Events.Registrations;

namespace PatientNetwork.UnitTests.Events;

public sealed class ReminderRuleTests
{
    private static readonly DateTimeOffset Now = FixedTime.Nov2026.GetUtcNow();
    private static readonly TimeSpan Lead = TimeSpan.FromHours(24);

    [Fact]
    public void An_event_is_due_for_its_reminders_within_the_lead_time_and_not_before()
    {
        var e = Schedule(Now.AddHours(30));

        Assert.False(ReminderRule.IsDue(e, Now, Lead));
        Assert.True(ReminderRule.IsDue(e, Now.AddHours(7), Lead));
        Assert.False(ReminderRule.IsDue(e, Now.AddHours(31), Lead), "an event that has started is past reminding");
    }

    [Fact]
    public void The_reminder_pass_runs_once_per_start()
    {
        var e = Schedule(Now.AddHours(10));

        e.QueueReminders(Now);

        Assert.False(ReminderRule.IsDue(e, Now.AddMinutes(1), Lead));
        var refused = Assert.Throws<EventRuleException>(() => e.QueueReminders(Now.AddMinutes(1)));
        Assert.Contains("once", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_start_gets_a_reminder_pass_of_its_own()
    {
        var e = Schedule(Now.AddHours(10));
        e.QueueReminders(Now);

        e.Change(new ChangeEventRequest("World CML Day", EventKind.Awareness, "rabat", Now.AddHours(20), Now.AddHours(26), Capacity: 50), "rabat", 0);

        Assert.Null(e.RemindersQueuedAt);
        Assert.True(ReminderRule.IsDue(e, Now, Lead));
    }

    [Fact]
    public void A_change_of_title_alone_keeps_the_pass_that_ran()
    {
        var e = Schedule(Now.AddHours(10));
        e.QueueReminders(Now);

        e.Change(new ChangeEventRequest("World CML Day 2026", EventKind.Awareness, "rabat", e.StartsAt, e.EndsAt, Capacity: 50), "rabat", 0);

        Assert.Equal(Now, e.RemindersQueuedAt);
    }

    [Fact]
    public void Cancelled_and_postponed_events_send_no_reminders()
    {
        var postponed = Schedule(Now.AddHours(10));
        postponed.Postpone();
        var cancelled = Schedule(Now.AddHours(10));
        cancelled.Cancel();

        Assert.False(ReminderRule.IsDue(postponed, Now, Lead));
        Assert.False(ReminderRule.IsDue(cancelled, Now, Lead));
        Assert.Throws<EventRuleException>(() => cancelled.QueueReminders(Now));
    }

    [Theory]
    [InlineData(RegistrationStatus.Registered, true)]
    [InlineData(RegistrationStatus.Waitlisted, false)]
    [InlineData(RegistrationStatus.Offered, false)]
    [InlineData(RegistrationStatus.Cancelled, false)]
    [InlineData(RegistrationStatus.Attended, false)]
    [InlineData(RegistrationStatus.NoShow, false)]
    public void Only_parties_holding_a_place_are_reminded(RegistrationStatus status, bool reminded) =>
        Assert.Equal(reminded, ReminderRule.IsReminded(status));

    private static AwarenessEvent Schedule(DateTimeOffset startsAt) =>
        AwarenessEvent.Schedule(new ScheduleEventRequest("World CML Day", EventKind.Awareness, "rabat", startsAt, startsAt.AddHours(6), Capacity: 50),
            "rabat", "amal", null, "amal.admin", Now);
}
