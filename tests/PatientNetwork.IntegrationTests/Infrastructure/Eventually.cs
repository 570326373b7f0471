namespace PatientNetwork.IntegrationTests.Infrastructure;

/// <summary>Waits for an asynchronous outcome (an event consumed in another service) instead of sleeping a guessed time.</summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        T last;
        do
        {
            last = await probe();
            if (done(last))
            {
                return last;
            }

            await Task.Delay(200);
        }
        while (DateTimeOffset.UtcNow < deadline);

        throw new TimeoutException($"Waited {timeout.TotalSeconds} s for {what}; last observation: {last}");
    }
}
