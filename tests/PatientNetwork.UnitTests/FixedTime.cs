namespace PatientNetwork.UnitTests;

/// <summary>A clock that always says the same instant, so date rules are tested against a known "today".</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public static readonly FixedTime Nov2026 = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
