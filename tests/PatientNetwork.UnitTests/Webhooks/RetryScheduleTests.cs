using System.Net.Http.Headers;
using PatientNetwork.Partnerships.Webhooks;

namespace PatientNetwork.UnitTests.Webhooks;

public sealed class RetryScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Cap = TimeSpan.FromHours(24);

    [Fact]
    public void The_default_schedule_spreads_ten_attempts_over_about_three_days()
    {
        var schedule = new WebhookOptions().Schedule;

        Assert.Equal(10, schedule.MaxAttempts);
        var shortest = RetrySchedule.DefaultDelays.Aggregate(TimeSpan.Zero, (sum, d) => sum + d);
        Assert.InRange(shortest, TimeSpan.FromDays(3), TimeSpan.FromDays(3.5));
        Assert.InRange(shortest * 1.1, TimeSpan.FromDays(3), TimeSpan.FromDays(3.5));
    }

    [Fact]
    public void Each_failure_waits_the_next_delay_stretched_by_at_most_the_jitter()
    {
        var schedule = new RetrySchedule([TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5)], 0.1);

        Assert.Equal(Now + TimeSpan.FromSeconds(5), schedule.NextAttemptAt(1, Now, null, Cap, random: 0));
        Assert.Equal(Now + TimeSpan.FromSeconds(5.5), schedule.NextAttemptAt(1, Now, null, Cap, random: 1));
        Assert.Equal(Now + TimeSpan.FromMinutes(5.25), schedule.NextAttemptAt(2, Now, null, Cap, random: 0.5));
    }

    [Fact]
    public void A_delivery_that_has_had_all_its_attempts_is_not_tried_again()
    {
        var schedule = new RetrySchedule([TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5)], 0.1);

        Assert.Null(schedule.NextAttemptAt(3, Now, null, Cap, random: 0));
        Assert.Equal(3, schedule.MaxAttempts);
    }

    [Fact]
    public void Retry_After_longer_than_the_schedule_is_honoured_up_to_the_cap()
    {
        var schedule = new RetrySchedule([TimeSpan.FromSeconds(5)], 0);

        Assert.Equal(Now + TimeSpan.FromMinutes(2), schedule.NextAttemptAt(1, Now, TimeSpan.FromMinutes(2), Cap, random: 0));
        Assert.Equal(Now + Cap, schedule.NextAttemptAt(1, Now, TimeSpan.FromDays(30), Cap, random: 0));
        Assert.Equal(Now + TimeSpan.FromSeconds(5), schedule.NextAttemptAt(1, Now, TimeSpan.FromSeconds(1), Cap, random: 0));
    }

    [Fact]
    public void Retry_After_is_read_as_seconds_or_as_a_date_and_ignored_when_past()
    {
        Assert.Equal(TimeSpan.FromSeconds(120), RetrySchedule.RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(120)), Now));
        Assert.Equal(TimeSpan.FromMinutes(10), RetrySchedule.RetryAfter(new RetryConditionHeaderValue(Now.AddMinutes(10)), Now));
        Assert.Null(RetrySchedule.RetryAfter(new RetryConditionHeaderValue(Now.AddMinutes(-10)), Now));
        Assert.Null(RetrySchedule.RetryAfter(null, Now));
    }
}
