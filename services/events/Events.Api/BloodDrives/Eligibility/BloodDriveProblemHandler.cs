using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace PatientNetwork.Events.BloodDrives.Eligibility;

/// <summary>Answers a refusal on eligibility with a 409 whose <c>eligibleFrom</c> is the date the donor may give again (absent when never).</summary>
public sealed class BloodDriveProblemHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not NotEligibleException refused)
        {
            return false;
        }

        var problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "The donor may not give blood on this date.", Detail = refused.Verdict.Reason };
        if (refused.Verdict.EligibleFrom is { } from)
        {
            problem.Extensions["eligibleFrom"] = from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
