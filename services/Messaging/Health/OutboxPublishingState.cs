namespace PatientNetwork.Messaging.Health;

/// <summary>
/// Whether the outbox relay can currently publish: set by the relay after each publish attempt,
/// read by <see cref="OutboxPublishingHealthCheck"/>. A frozen broker keeps its TCP connections
/// open, so only a publish that times out tells that events are not leaving.
/// </summary>
public sealed class OutboxPublishingState(TimeProvider time)
{
    private readonly Lock gate = new();
    private DateTimeOffset? failingSince;
    private string? lastError;

    public void RecordPublished()
    {
        lock (gate)
        {
            failingSince = null;
            lastError = null;
        }
    }

    public void RecordFailed(string error)
    {
        lock (gate)
        {
            failingSince ??= time.GetUtcNow();
            lastError = error;
        }
    }

    /// <summary>Since when every publish has failed, and the last error; null while publishing works.</summary>
    public (DateTimeOffset Since, string Error)? Failing
    {
        get
        {
            lock (gate)
            {
                return failingSince is { } since ? (since, lastError ?? "") : null;
            }
        }
    }
}
