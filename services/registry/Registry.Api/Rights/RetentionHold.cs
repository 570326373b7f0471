namespace PatientNetwork.Registry.Rights;

/// <summary>Why a patient's record must be kept, as a service said last (one row per patient and source).</summary>
public sealed class RetentionHold
{
    private RetentionHold()
    {
    }

    /// <summary>The source of holds placed by the association's admins through the Registry itself.</summary>
    public const string LegalSource = "registry-legal";

    public Guid PatientId { get; private set; }

    public string Source { get; private set; } = "";

    public bool Held { get; private set; }

    public string Reason { get; private set; } = "";

    public DateTimeOffset DecidedAt { get; private set; }

    public static RetentionHold Decide(Guid patientId, string source, bool held, string reason, DateTimeOffset decidedAt) => new()
    {
        PatientId = patientId,
        Source = source,
        Held = held,
        Reason = reason,
        DecidedAt = decidedAt,
    };

    /// <summary>Later decisions win, whatever order their messages arrive in.</summary>
    public void Apply(bool held, string reason, DateTimeOffset decidedAt)
    {
        if (decidedAt < DecidedAt)
        {
            return;
        }

        Held = held;
        Reason = reason;
        DecidedAt = decidedAt;
    }
}
