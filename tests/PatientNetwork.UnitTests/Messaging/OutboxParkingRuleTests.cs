using PatientNetwork.Messaging.Outbox;

namespace PatientNetwork.UnitTests.Messaging;

public sealed class OutboxParkingRuleTests
{
    private static readonly DateTimeOffset FirstFailure = FixedTime.Nov2026.GetUtcNow();
    private static readonly OutboxParkingRule Rule = new OutboxOptions().Parking;

    [Fact]
    public void By_default_a_row_is_parked_after_ten_attempts_over_ten_minutes()
    {
        Assert.Equal(10, Rule.Attempts);
        Assert.Equal(TimeSpan.FromMinutes(10), Rule.FailingFor);
        Assert.True(Rule.ShouldPark(10, FirstFailure, FirstFailure.AddMinutes(10)));
    }

    [Fact]
    public void Fewer_attempts_than_the_limit_never_park_however_long_they_took()
    {
        Assert.False(Rule.ShouldPark(9, FirstFailure, FirstFailure.AddDays(30)));
    }

    [Fact]
    public void Many_quick_attempts_do_not_park_before_the_minimum_span()
    {
        // Several replicas, or a replica still on the old version during a rolling deployment, fail fast.
        Assert.False(Rule.ShouldPark(500, FirstFailure, FirstFailure.AddMinutes(9)));
    }
}
