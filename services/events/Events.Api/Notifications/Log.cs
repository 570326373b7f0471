namespace PatientNetwork.Events.Notifications;

/// <summary>Log messages of notifications (EventIds 8501–8599): ids, kinds and channels only, never a name, address, number or text.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 8501, Level = LogLevel.Information, Message = "Notification {NotificationId} ({Kind} by {Channel}) to registration {RegistrationId} sent")]
    public static partial void Sent(ILogger logger, Guid notificationId, NotificationKind kind, NotificationChannel channel, Guid? registrationId);

    [LoggerMessage(EventId = 8502, Level = LogLevel.Warning, Message = "Notification {NotificationId} ({Kind} by {Channel}) not delivered on attempt {Attempt} ({Failure}); retried at {NextAttemptAt}")]
    public static partial void NotDelivered(ILogger logger, Guid notificationId, NotificationKind kind, NotificationChannel channel, int attempt, string failure, DateTimeOffset nextAttemptAt);

    [LoggerMessage(EventId = 8503, Level = LogLevel.Error, Message = "Notification {NotificationId} ({Kind} by {Channel}) given up after {Attempts} attempts ({Failure})")]
    public static partial void GivenUp(ILogger logger, Guid notificationId, NotificationKind kind, NotificationChannel channel, int attempts, string failure);

    [LoggerMessage(EventId = 8504, Level = LogLevel.Warning, Message = "Sending notifications failed ({Failure}); the next pass retries")]
    public static partial void SendPassFailed(ILogger logger, string failure);

    [LoggerMessage(EventId = 8505, Level = LogLevel.Information, Message = "Reminder pass of event {EventId}: {Count} registrations reminded")]
    public static partial void RemindersQueued(ILogger logger, Guid eventId, int count);

    [LoggerMessage(EventId = 8510, Level = LogLevel.Information, Message = "Key rotation pass: {Count} registrations' contacts re-encrypted under the current key")]
    public static partial void ContactsReEncrypted(ILogger logger, int count);

    [LoggerMessage(EventId = 8508, Level = LogLevel.Information, Message = "{Count} ended public registration windows pruned")]
    public static partial void WindowsPruned(ILogger logger, int count);

    [LoggerMessage(EventId = 8511, Level = LogLevel.Information, Message = "{Count} notifications sent or given up before {Before} pruned")]
    public static partial void NotificationsPruned(ILogger logger, int count, DateTimeOffset before);

}
