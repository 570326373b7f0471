using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Outbox;

namespace PatientNetwork.UnitTests.Messaging;

public sealed class OutboxMessageTests
{
    [Fact]
    public void An_event_survives_the_outbox_round_trip_unchanged()
    {
        var registered = new PatientRegistered(Guid.NewGuid(), FixedTime.Nov2026.GetUtcNow(), Guid.NewGuid(), "amal", "casablanca-settat", "leukemia", "casablanca-settat", true);

        var row = OutboxMessage.For(registered);

        Assert.Equal(registered.EventId, row.Id);
        Assert.Null(row.SentAt);
        Assert.Equal(registered, IntegrationEventJson.Deserialize(row));
    }

    [Fact]
    public void A_failed_publish_is_counted_and_keeps_the_row_unsent()
    {
        var row = OutboxMessage.For(new EventScheduled(Guid.NewGuid(), FixedTime.Nov2026.GetUtcNow(), Guid.NewGuid(), "hajar", "PID awareness", "awareness", "Rabat", FixedTime.Nov2026.GetUtcNow().AddDays(3), FixedTime.Nov2026.GetUtcNow().AddDays(3).AddHours(2)));

        row.RecordFailure("broker unreachable");
        row.RecordFailure("broker unreachable");

        Assert.Equal(2, row.Attempts);
        Assert.Equal("broker unreachable", row.LastError);
        Assert.Null(row.SentAt);
    }
}
