namespace PatientNetwork.Gateway.RateLimiting;

/// <summary>
/// A window of the limiters: windows are aligned to multiples of their length since the Unix epoch,
/// so every gateway instance agrees on which window a request falls in.
/// </summary>
public readonly record struct FixedWindow(long Index, TimeSpan Length, TimeSpan Left)
{
    public static FixedWindow At(DateTimeOffset now, TimeSpan length)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var lengthMs = (long)length.TotalMilliseconds;
        var index = nowMs / lengthMs;
        return new FixedWindow(index, length, TimeSpan.FromMilliseconds(((index + 1) * lengthMs) - nowMs));
    }
}
