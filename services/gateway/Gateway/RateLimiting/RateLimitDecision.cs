namespace PatientNetwork.Gateway.RateLimiting;

public sealed record RateLimitDecision(bool Allowed, TimeSpan RetryAfter);
