using System.Text.Json;

namespace PatientNetwork.Events.Notifications;

/// <summary>
/// One message to one registrant on one channel: a row of the notifications outbox, written in the transaction of the
/// change that causes it (registration, offer, reminder pass, change or cancellation of the event), so it exists
/// exactly when the change does. <see cref="Key"/> is unique: the same notice for the same registration and channel is
/// never queued twice. <see cref="NotificationSender"/> claims due rows with <c>FOR UPDATE SKIP LOCKED</c>, sends,
/// and marks each sent, or failed with a later attempt time.
/// </summary>
public sealed class Notification
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private Notification()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>The registration told; null for a direct text (a blood donor's or a driver's, see <see cref="DirectText"/>).</summary>
    public Guid? RegistrationId { get; private set; }

    /// <summary>A direct SMS's recipient, encrypted (blood drives: donors and drivers, who are not registrations).</summary>
    public string? DirectRecipient { get; private set; }

    /// <summary>A direct SMS's text as composed when queued, encrypted (it names the donor and their pickup).</summary>
    public string? DirectText { get; private set; }

    public NotificationKind Kind { get; private set; }

    public NotificationChannel Channel { get; private set; }

    /// <summary>What makes this notice once-only, e.g. "reminder:&lt;registration&gt;:email:&lt;start&gt;".</summary>
    public string Key { get; private set; } = "";

    /// <summary>The registrant's language when queued: ar, fr or en.</summary>
    public string Language { get; private set; } = "fr";

    /// <summary><see cref="NotificationFacts"/> as JSON: what the notice says about the event, no personal data.</summary>
    public string FactsJson { get; private set; } = "{}";

    public DateTimeOffset CreatedAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Set when the attempts ran out; the row stays for staff and ops to see.</summary>
    public DateTimeOffset? AbandonedAt { get; private set; }

    /// <summary>The last failure's exception type (never its message, which may quote the recipient).</summary>
    public string? LastFailure { get; private set; }

    public NotificationFacts Facts => JsonSerializer.Deserialize<NotificationFacts>(FactsJson, Json)!;

    public static Notification Queue(Guid eventId, Guid registrationId, NotificationKind kind, NotificationChannel channel, string key, string language, NotificationFacts facts, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        EventId = eventId,
        RegistrationId = registrationId,
        Kind = kind,
        Channel = channel,
        Key = key,
        Language = language,
        FactsJson = JsonSerializer.Serialize(facts, Json),
        CreatedAt = now,
        NextAttemptAt = now,
    };

    /// <summary>A text composed by its feature (blood drives), sent as is to <paramref name="recipientCiphertext"/>.</summary>
    public static Notification QueueDirectSms(Guid eventId, string key, string recipientCiphertext, string textCiphertext, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        EventId = eventId,
        Kind = NotificationKind.DirectMessage,
        Channel = NotificationChannel.Sms,
        Key = key,
        DirectRecipient = recipientCiphertext,
        DirectText = textCiphertext,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    /// <summary>Sent: a direct text's number and words are forgotten at once, since nothing reads them again.</summary>
    public void MarkSent(DateTimeOffset now)
    {
        Attempts++;
        SentAt = now;
        LastFailure = null;
        DirectRecipient = null;
        DirectText = null;
    }

    /// <summary>Not attempted in this batch (its channel just failed for another row): waits as long, without counting an attempt.</summary>
    public void Defer(DateTimeOffset until) => NextAttemptAt = until;

    /// <summary>A failed attempt: the next one waits <paramref name="retryAfter"/> doubled per earlier failure, up to <paramref name="retryCap"/>.</summary>
    /// <returns>True when this was the last attempt allowed and the notification is given up.</returns>
    public bool MarkFailed(DateTimeOffset now, string failure, TimeSpan retryAfter, TimeSpan retryCap, int maxAttempts)
    {
        Attempts++;
        LastFailure = failure;
        if (Attempts >= maxAttempts)
        {
            AbandonedAt = now;
            return true;
        }

        NextAttemptAt = now + Backoff(Attempts, retryAfter, retryCap);
        return false;
    }

    /// <summary>The wait after the <paramref name="failures"/>th failure: <paramref name="retryAfter"/> × 2^(failures−1), at most <paramref name="retryCap"/>.</summary>
    public static TimeSpan Backoff(int failures, TimeSpan retryAfter, TimeSpan retryCap)
    {
        var doublings = Math.Min(Math.Max(failures - 1, 0), 30);
        var wait = retryAfter.Ticks * Math.Pow(2, doublings);
        return wait >= retryCap.Ticks ? retryCap : TimeSpan.FromTicks((long)wait);
    }
}
