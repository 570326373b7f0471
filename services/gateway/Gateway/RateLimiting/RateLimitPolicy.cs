namespace PatientNetwork.Gateway.RateLimiting;

public enum RateLimitPolicy
{
    /// <summary>Failed sign-ins per login: slows password guessing without limiting staff who type it right.</summary>
    FailedSignIns,

    /// <summary>Anonymous public reads per client address.</summary>
    Public,

    /// <summary>Staff API calls per staff member.</summary>
    Staff,
}
