namespace PatientNetwork.Events.Registrations;

/// <summary>
/// How many transactions holding (or waiting for) an event's row lock one instance runs at once. Correctness is
/// the database's row lock alone, across every instance; this gate only keeps the requests that would wait on
/// that lock from each holding a pooled connection meanwhile, so a rush of registrations for one event queues
/// in memory and never starves the pool (20 connections) that the rest of the service reads with.
/// </summary>
public sealed class LockedChangeGate(int slots) : IDisposable
{
    public const int DefaultSlots = 8;

    private readonly SemaphoreSlim semaphore = new(slots, slots);

    public Task EnterAsync(CancellationToken cancellationToken) => semaphore.WaitAsync(cancellationToken);

    public void Leave() => semaphore.Release();

    public void Dispose() => semaphore.Dispose();
}
