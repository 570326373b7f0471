using PatientNetwork.Messaging.Retention;

namespace PatientNetwork.UnitTests.Messaging;

public sealed class MessageRetentionOptionsTests
{
    private static readonly DateTimeOffset Now = FixedTime.Nov2026.GetUtcNow();

    [Fact]
    public void By_default_sent_outbox_rows_go_after_a_week_and_inbox_rows_after_thirty_days()
    {
        var retention = new MessageRetentionOptions();

        Assert.Equal(Now.AddDays(-7), retention.SentOutboxCutOff(Now));
        Assert.Equal(Now.AddDays(-30), retention.InboxCutOff(Now));
        Assert.True(retention.IsValid);
    }

    [Fact]
    public void Configured_retentions_move_the_cut_offs()
    {
        var retention = new MessageRetentionOptions { SentOutboxMessagesFor = TimeSpan.FromDays(2), InboxMessagesFor = TimeSpan.FromDays(90) };

        Assert.Equal(Now.AddDays(-2), retention.SentOutboxCutOff(Now));
        Assert.Equal(Now.AddDays(-90), retention.InboxCutOff(Now));
    }

    [Fact]
    public void Inbox_rows_may_not_be_kept_for_less_time_than_sent_outbox_rows()
    {
        var retention = new MessageRetentionOptions { SentOutboxMessagesFor = TimeSpan.FromDays(7), InboxMessagesFor = TimeSpan.FromDays(6) };

        Assert.False(retention.IsValid);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_batch_size_that_would_delete_nothing_is_refused(int batchSize)
    {
        Assert.False(new MessageRetentionOptions { PruneBatchSize = batchSize }.IsValid);
    }
}
