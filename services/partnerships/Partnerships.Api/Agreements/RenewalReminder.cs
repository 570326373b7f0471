namespace PatientNetwork.Partnerships.Agreements;

/// <summary>
/// A renewal reminder recorded for an agreement ending within one of the lead times: one row per (agreement, lead
/// time), kept unique by the database so replicas running the job side by side record it once. It is also its own
/// mail outbox (<see cref="RenewalReminderMailer"/>): sent once and marked <see cref="SentAt"/>, or
/// <see cref="SupersededAt"/> when a shorter lead time's reminder of the same agreement says the same thing later.
/// </summary>
public sealed class RenewalReminder
{
    private RenewalReminder()
    {
    }

    public long Id { get; private set; }

    public Guid AgreementId { get; private set; }

    public string PartnerId { get; private set; } = "";

    public string AssociationId { get; private set; } = "";

    public int LeadDays { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>When the mail was accepted by the SMTP server; never sent again after.</summary>
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Not mailed: the agreement has a reminder of a shorter lead time, which is mailed instead.</summary>
    public DateTimeOffset? SupersededAt { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>When the mailer may try (again); the recording time at first.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>The last failure's exception type (never its message, which may quote an address).</summary>
    public string? LastFailure { get; private set; }

    public void MarkSent(DateTimeOffset now)
    {
        Attempts++;
        SentAt = now;
        LastFailure = null;
    }

    public void MarkSuperseded(DateTimeOffset now) => SupersededAt = now;

    /// <summary>A failed attempt: the next waits <paramref name="retryAfter"/> doubled per earlier failure, at most <paramref name="retryCap"/>.</summary>
    public void MarkFailed(DateTimeOffset now, string failure, TimeSpan retryAfter, TimeSpan retryCap)
    {
        Attempts++;
        LastFailure = failure;
        NextAttemptAt = now + Backoff(Attempts, retryAfter, retryCap);
    }

    /// <summary>The wait after the <paramref name="failures"/>th failure: <paramref name="retryAfter"/> × 2^(failures−1), at most <paramref name="retryCap"/>.</summary>
    public static TimeSpan Backoff(int failures, TimeSpan retryAfter, TimeSpan retryCap)
    {
        var doublings = Math.Min(Math.Max(failures - 1, 0), 30);
        var wait = retryAfter.Ticks * Math.Pow(2, doublings);
        return wait >= retryCap.Ticks ? retryCap : TimeSpan.FromTicks((long)wait);
    }
}
