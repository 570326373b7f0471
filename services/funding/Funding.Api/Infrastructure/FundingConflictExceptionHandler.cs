using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace PatientNetwork.Funding.Infrastructure;

/// <summary>Answers every <see cref="FundingConflictException"/> as a problem naming what stood in the way.</summary>
public sealed class FundingConflictExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not FundingConflictException conflict)
        {
            return false;
        }

        httpContext.Response.StatusCode = conflict.StatusCode;
        var problem = new ProblemDetails { Status = conflict.StatusCode, Title = conflict.Title, Detail = conflict.Message };
        foreach (var (key, value) in conflict.Extensions)
        {
            problem.Extensions[key] = value;
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
