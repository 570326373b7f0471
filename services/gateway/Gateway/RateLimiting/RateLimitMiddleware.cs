using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Gateway.RateLimiting;

/// <summary>Limits public reads per client address and staff calls per staff member; over the limit answers 429 with Retry-After.</summary>
public sealed class RateLimitMiddleware(RequestDelegate next, RedisFixedWindowLimiter limiter)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var (policy, partition) = Classify(context);
        if (policy is not null)
        {
            var decision = await limiter.AcquireAsync(policy.Value, partition);
            if (!decision.Allowed)
            {
                await TooManyRequests(context, decision).ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    }

    public static ProblemHttpResult TooManyRequests(HttpContext context, RateLimitDecision decision)
    {
        context.Response.Headers.RetryAfter = Math.Ceiling(decision.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests.",
            detail: $"Try again in {Math.Ceiling(decision.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture)} seconds.",
            extensions: new Dictionary<string, object?> { ["retryAfterSeconds"] = (int)Math.Ceiling(decision.RetryAfter.TotalSeconds) });
    }

    private static (RateLimitPolicy? Policy, string Partition) Classify(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/public"))
        {
            return (RateLimitPolicy.Public, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        }

        if (path.StartsWithSegments("/api") && context.User.Identity?.IsAuthenticated == true)
        {
            return (RateLimitPolicy.Staff, context.User.FindFirst(StaffClaimTypes.Subject)?.Value ?? "unknown");
        }

        return (null, "");
    }
}
