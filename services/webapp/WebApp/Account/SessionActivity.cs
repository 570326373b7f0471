namespace PatientNetwork.WebApp.Account;

/// <summary>When the person last did something in this circuit (a click, a key, a form), to sign them out after a quiet spell.</summary>
public sealed class SessionActivity(TimeProvider time)
{
    private long lastTicks = time.GetUtcNow().UtcTicks;

    public DateTimeOffset Last => new(Interlocked.Read(ref lastTicks), TimeSpan.Zero);

    public void Touch() => Interlocked.Exchange(ref lastTicks, time.GetUtcNow().UtcTicks);

    public bool IdleLongerThan(TimeSpan timeout) => time.GetUtcNow() - Last > timeout;
}
