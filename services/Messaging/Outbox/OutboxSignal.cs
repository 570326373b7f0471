namespace PatientNetwork.Messaging.Outbox;

/// <summary>Wakes the relay as soon as a transaction with outbox rows commits, so delivery does not wait for the next poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim pending = new(0, 1);

    public void Notify()
    {
        if (pending.CurrentCount == 0)
        {
            try
            {
                pending.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another commit already woke the relay; one wake-up covers both.
            }
        }
    }

    public void Dispose() => pending.Dispose();

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        pending.WaitAsync(timeout, cancellationToken);
}
