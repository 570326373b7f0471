namespace PatientNetwork.Messaging.Retention;

/// <summary>How long handled messages are kept (configuration section <c>Messaging:Retention</c>), see docs/decisions/0010.</summary>
public sealed class MessageRetentionOptions
{
    public const string Section = "Messaging:Retention";

    /// <summary>Sent outbox rows are kept this long, to answer "was it published, and when?".</summary>
    public TimeSpan SentOutboxMessagesFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Inbox rows are kept this long: longer than any redelivery or replay, or a late duplicate would be handled twice.</summary>
    public TimeSpan InboxMessagesFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Small and often: each run deletes only what became old since the last one.</summary>
    public TimeSpan PruneEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Rows deleted per statement, so no run holds many locks or one long transaction.</summary>
    public int PruneBatchSize { get; set; } = 500;

    /// <summary>Parked outbox rows are never pruned: they wait for a person.</summary>
    public DateTimeOffset SentOutboxCutOff(DateTimeOffset now) => now - SentOutboxMessagesFor;

    public DateTimeOffset InboxCutOff(DateTimeOffset now) => now - InboxMessagesFor;

    /// <summary>
    /// An inbox row must outlive the outbox row that could publish its event again, so it is
    /// never kept for less time than sent outbox rows.
    /// </summary>
    public bool IsValid =>
        SentOutboxMessagesFor > TimeSpan.Zero
        && InboxMessagesFor >= SentOutboxMessagesFor
        && PruneEvery > TimeSpan.Zero
        && PruneBatchSize > 0;
}
