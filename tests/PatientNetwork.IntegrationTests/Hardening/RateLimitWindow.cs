namespace PatientNetwork.IntegrationTests.Hardening;

/// <summary>
/// The gateway counts in fixed one-minute windows aligned to the Unix epoch, so a test that crosses a
/// boundary would see its counts restart halfway. Such a test starts early enough in a window.
/// </summary>
public static class RateLimitWindow
{
    private static readonly TimeSpan Length = TimeSpan.FromMinutes(1);

    /// <summary>Waits for the next window when less than <paramref name="needed"/> is left of this one.</summary>
    public static async Task EnsureLeftAsync(TimeSpan needed)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var left = Length.TotalMilliseconds - (now % (long)Length.TotalMilliseconds);
        if (left < needed.TotalMilliseconds)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(left + 50));
        }
    }
}
