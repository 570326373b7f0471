namespace PatientNetwork.Gateway.RateLimiting;

public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public int FailedSignInsPerWindow { get; set; } = 10;

    public int PublicRequestsPerWindow { get; set; } = 300;

    public int StaffRequestsPerWindow { get; set; } = 1200;

    public int PermitsFor(RateLimitPolicy policy) => policy switch
    {
        RateLimitPolicy.FailedSignIns => FailedSignInsPerWindow,
        RateLimitPolicy.Public => PublicRequestsPerWindow,
        _ => StaffRequestsPerWindow,
    };
}
