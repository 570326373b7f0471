using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Gateway.RateLimiting;

/// <summary>Limits public reads per client address and staff calls per staff member; over the limit answers 429 with Retry-After.</summary>
public sealed class RateLimitMiddleware(RequestDelegate next, RedisFixedWindowLimiter limiter)
{
    /// <summary>The problem type of every 429: RFC 6585 defines the status and says what it means.</summary>
    public const string TooManyRequestsType = "https://tools.ietf.org/html/rfc6585#section-4";

    public async Task InvokeAsync(HttpContext context)
    {
        var (policy, partition) = Classify(context);
        if (policy is not null)
        {
            var decision = await limiter.AcquireAsync(policy.Value, partition);
            if (!decision.Allowed)
            {
                await TooManyRequests(context, decision.RetryAfter, "The request limit of this window is reached.").ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    }

    public static ProblemHttpResult TooManyRequests(HttpContext context, TimeSpan retryAfter, string explanation)
    {
        // Never 0: a client told to retry in 0 seconds would retry at once, still inside the window.
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            type: TooManyRequestsType,
            title: "Too many requests.",
            detail: $"{explanation} Try again in {seconds.ToString(CultureInfo.InvariantCulture)} seconds.",
            extensions: new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
    }

    private static (RateLimitPolicy? Policy, string Partition) Classify(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/public"))
        {
            return (RateLimitPolicy.Public, ClientAddress.Of(context));
        }

        if (path.StartsWithSegments("/api") && context.User.Identity?.IsAuthenticated == true)
        {
            return (RateLimitPolicy.Staff, context.User.FindFirst(StaffClaimTypes.Subject)?.Value ?? "unknown");
        }

        return (null, "");
    }
}
