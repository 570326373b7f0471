using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PatientNetwork.Persistence;

/// <summary>
/// Answers 503 with <c>Retry-After</c> when the database cannot take the request now (a burst that
/// outlasts the pool's wait, a server restarting): the client learns to come back, and no 500
/// suggests a bug. The request's transaction, if any, was rolled back, so nothing is half-written.
/// </summary>
internal sealed partial class DatabaseUnavailableExceptionHandler(IProblemDetailsService problemDetails, ILogger<DatabaseUnavailableExceptionHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 2;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseUnavailable.Caused(exception))
        {
            return false;
        }

        LogUnavailable(exception, httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
                Title = "The service is busy.",
                Detail = $"The database cannot take this request now; nothing was changed. Try again in {RetryAfterSeconds} s.",
            },
        });
    }

    [LoggerMessage(EventId = 7801, Level = LogLevel.Warning, Message = "Database unavailable for {Method} {Path}; answered 503")]
    private partial void LogUnavailable(Exception exception, string method, string path);
}
