namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>How deliveries are sent and retried (configuration section <c>Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>
    /// Local runs and tests only: lets a subscription use <c>http://</c> and a loopback address (the test's own
    /// receiver). Private, link-local and multicast addresses stay refused even then.
    /// </summary>
    public bool AllowLoopbackHttp { get; set; }

    /// <summary>
    /// The waits between attempts, null for <see cref="RetrySchedule.DefaultDelays"/> (about three days). Null by default
    /// because the configuration binder appends to a list it finds filled rather than replacing it.
    /// </summary>
    public TimeSpan[]? RetryDelays { get; set; }

    /// <summary>Each wait is stretched by up to this fraction at random, so retries of many deliveries spread out.</summary>
    public double Jitter { get; set; } = 0.1;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A <c>Retry-After</c> longer than this is cut to it, so a partner cannot park its deliveries for ever.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Failed attempts in a row (over every delivery of the endpoint) that disable it.</summary>
    public int DisableAfterConsecutiveFailures { get; set; } = 50;

    /// <summary>How long the previous secret keeps signing after a rotation.</summary>
    public TimeSpan SecretRotationOverlap { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Endpoints one dispatcher sends to at once; each endpoint gets one delivery at a time from it.</summary>
    public int MaxConcurrentEndpoints { get; set; } = 16;

    /// <summary>Deliveries one endpoint's turn takes at most, before other endpoints' due rows are looked at again.</summary>
    public int DeliveriesPerTurn { get; set; } = 10;

    public RetrySchedule Schedule => new(RetryDelays ?? RetrySchedule.DefaultDelays, Jitter);
}
