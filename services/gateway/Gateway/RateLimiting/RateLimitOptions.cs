namespace PatientNetwork.Gateway.RateLimiting;

public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Failed sign-ins per window for one login from one client: one guesser is blocked, the owner elsewhere is not.</summary>
    public int FailedSignInsPerLoginAndClient { get; set; } = 10;

    /// <summary>Failed sign-ins per window from one client, whatever the logins: one client spraying passwords over many logins.</summary>
    public int FailedSignInsPerClient { get; set; } = 30;

    /// <summary>
    /// Failed sign-ins per window for one login from every client together: the ceiling on guessing from
    /// many clients. Once reached, only clients where the login signed in before may still try.
    /// </summary>
    public int FailedSignInsPerLogin { get; set; } = 20;

    /// <summary>How long a client where a login signed in stays one the login knows.</summary>
    public TimeSpan KnownClientRemembered { get; set; } = TimeSpan.FromDays(30);

    public int PublicRequestsPerWindow { get; set; } = 300;

    public int StaffRequestsPerWindow { get; set; } = 1200;

    public int PermitsFor(RateLimitPolicy policy) => policy switch
    {
        RateLimitPolicy.Public => PublicRequestsPerWindow,
        _ => StaffRequestsPerWindow,
    };
}
