namespace PatientNetwork.Gateway.RateLimiting;

/// <summary>Request limits of the gateway's middleware; sign-in attempts have their own (see <see cref="SignInLimiter"/>).</summary>
public enum RateLimitPolicy
{
    /// <summary>Anonymous public reads per client address.</summary>
    Public,

    /// <summary>Staff API calls per staff member.</summary>
    Staff,
}
