namespace PatientNetwork.Events.Notifications;

/// <summary>Timing of notifications, from the "Notifications" section.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>How often each instance looks for notifications due.</summary>
    public TimeSpan SendEvery { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Notifications claimed (and locked) per transaction.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>The first retry's wait after a failed send; each further failure doubles it, up to <see cref="RetryCap"/>.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan RetryCap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts before a notification is given up (logged as an error, kept in the table for staff to see).</summary>
    public int MaxAttempts { get; set; } = 60;

    /// <summary>How long before an event's start its reminder pass runs.</summary>
    public TimeSpan ReminderLeadTime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often each instance looks for events whose reminder pass is due.</summary>
    public TimeSpan ReminderSweepEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Sent and given-up notifications are kept this long, for staff and ops to answer "was it sent, and when?", then
    /// deleted: a row names a registration or carries a donor's encrypted number, and keeping it longer serves no one.
    /// </summary>
    public TimeSpan KeepSentFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often each instance deletes the notifications older than <see cref="KeepSentFor"/>.</summary>
    public TimeSpan PruneEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Rows deleted per statement, so no run holds many locks or one long transaction.</summary>
    public int PruneBatchSize { get; set; } = 500;
}
