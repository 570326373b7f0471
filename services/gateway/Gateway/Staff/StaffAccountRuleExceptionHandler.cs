using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace PatientNetwork.Gateway.Staff;

/// <summary>Answers every <see cref="StaffAccountRuleException"/> with a 409 problem whose title is the rule that was broken.</summary>
public sealed class StaffAccountRuleExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not StaffAccountRuleException refused)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = refused.Message },
            Exception = exception,
        });
    }
}
