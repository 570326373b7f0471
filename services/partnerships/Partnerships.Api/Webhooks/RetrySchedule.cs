using System.Net.Http.Headers;

namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>
/// When a failed delivery is tried again: after each wait of the schedule in turn, stretched by a random jitter,
/// and never again once the schedule is spent. An endpoint's <c>Retry-After</c> (429, 503) asks for a later time
/// and gets it, up to a cap.
/// </summary>
public sealed class RetrySchedule(IReadOnlyList<TimeSpan> delays, double jitter)
{
    /// <summary>Ten attempts over about three days (3 days 3 hours, up to a tenth more with the jitter), spaced as Svix spaces them.</summary>
    public static readonly TimeSpan[] DefaultDelays =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(14), TimeSpan.FromHours(20), TimeSpan.FromHours(24),
    ];

    public IReadOnlyList<TimeSpan> Delays => delays;

    /// <summary>The total number of attempts a delivery gets: the first and one per wait.</summary>
    public int MaxAttempts => delays.Count + 1;

    /// <param name="attemptsMade">Attempts made so far, the failed one included.</param>
    /// <param name="now">When the failed attempt ended.</param>
    /// <param name="retryAfter">What the endpoint asked for, if anything.</param>
    /// <param name="maxRetryAfter">The longest wait an endpoint may ask for.</param>
    /// <param name="random">A value in [0, 1) that picks the jitter.</param>
    /// <returns>The next attempt's time, or null when the delivery has had all its attempts.</returns>
    public DateTimeOffset? NextAttemptAt(int attemptsMade, DateTimeOffset now, TimeSpan? retryAfter, TimeSpan maxRetryAfter, double random)
    {
        if (attemptsMade < 1 || attemptsMade > delays.Count)
        {
            return null;
        }

        var wait = delays[attemptsMade - 1] * (1 + (jitter * random));
        if (retryAfter is { } asked && asked > wait)
        {
            wait = asked < maxRetryAfter ? asked : maxRetryAfter;
        }

        return now + wait;
    }

    /// <summary>The wait a <c>Retry-After</c> header asks for, in seconds or as an HTTP date; null when absent, past or unreadable.</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } when delta > TimeSpan.Zero => delta,
        { Date: { } date } when date > now => date - now,
        _ => null,
    };
}
