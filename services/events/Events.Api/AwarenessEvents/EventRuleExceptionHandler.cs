using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace PatientNetwork.Events.AwarenessEvents;

/// <summary>
/// Answers every <see cref="EventRuleException"/> with a 409 problem whose title is the rule that was broken, and every
/// <see cref="EventInputException"/> with a 400 validation problem naming the field. Nothing of the request was saved.
/// </summary>
public sealed class EventRuleExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            EventRuleException refused => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = refused.Message },
            EventInputException input => new HttpValidationProblemDetails(new Dictionary<string, string[]> { [input.Field] = [input.Message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more validation errors occurred.",
            },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
