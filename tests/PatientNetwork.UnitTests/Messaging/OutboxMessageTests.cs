using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Outbox;

namespace PatientNetwork.UnitTests.Messaging;

public sealed class OutboxMessageTests
{
    private static readonly DateTimeOffset Now = FixedTime.Nov2026.GetUtcNow();

    [Fact]
    public void An_event_survives_the_outbox_round_trip_unchanged()
    {
        var registered = new PatientRegistered(Guid.NewGuid(), Now, Guid.NewGuid(), "amal", "casablanca-settat", "leukemia", "casablanca-settat", true);

        var row = OutboxMessage.For(registered);

        Assert.Equal(registered.EventId, row.Id);
        Assert.Null(row.SentAt);
        Assert.Equal(registered, IntegrationEventJson.Deserialize(row));
    }

    [Fact]
    public void A_failed_publish_is_counted_and_keeps_the_row_unsent()
    {
        var row = OutboxMessage.For(Scheduled());

        row.RecordPublishFailure("broker unreachable", Now);
        row.RecordPublishFailure("broker unreachable", Now.AddMinutes(1));

        Assert.Equal(2, row.Attempts);
        Assert.Equal(Now, row.FirstFailedAt);
        Assert.Equal("broker unreachable", row.LastError);
        Assert.Null(row.SentAt);
        Assert.Null(row.ParkedAt);
    }

    [Fact]
    public void A_long_error_is_cut_to_what_the_row_keeps()
    {
        var row = OutboxMessage.For(Scheduled());

        row.RecordPublishFailure(new string('e', 5000), Now);

        Assert.Equal(OutboxMessage.MaxErrorLength, row.LastError!.Length);
    }

    [Fact]
    public void An_unreadable_row_is_parked_once_the_rule_says_so_and_not_before()
    {
        var row = OutboxMessage.For(Scheduled());
        var parking = new OutboxParkingRule(Attempts: 3, FailingFor: TimeSpan.FromMinutes(10));

        Assert.False(row.RecordUnreadable("unknown type", Now, parking));
        Assert.False(row.RecordUnreadable("unknown type", Now.AddMinutes(5), parking));
        Assert.False(row.RecordUnreadable("unknown type", Now.AddMinutes(9), parking));
        Assert.Null(row.ParkedAt);

        Assert.True(row.RecordUnreadable("unknown type", Now.AddMinutes(10), parking));
        Assert.Equal(Now.AddMinutes(10), row.ParkedAt);
        Assert.Equal(4, row.Attempts);
        Assert.Null(row.SentAt);
    }

    private static EventScheduled Scheduled() =>
        new(Guid.NewGuid(), Now, Guid.NewGuid(), "hajar", "PID awareness", "awareness", "Rabat", Now.AddDays(3), Now.AddDays(3).AddHours(2));
}
