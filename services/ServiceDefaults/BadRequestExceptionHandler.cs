using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using PatientNetwork.ServiceDefaults.Text;

namespace PatientNetwork.ServiceDefaults;

/// <summary>
/// Turns an unreadable request (malformed JSON, a wrong type, a control character in a string, a bad route value) into a 400
/// validation problem naming the field, instead of a bare 400 or a 500.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var (field, message) = Describe(badRequest);
        httpContext.Response.StatusCode = badRequest.StatusCode;
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = badRequest.StatusCode,
            Title = "The request could not be read.",
        };
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static (string Field, string Message) Describe(BadHttpRequestException exception)
    {
        if (exception.InnerException is ControlCharacterException refused)
        {
            return (ToFieldName(refused.Path ?? "$"), refused.Message);
        }

        if (exception.InnerException is JsonException json)
        {
            // System.Text.Json reports a value of the wrong type with this wording; anything else is broken JSON.
            var wrongType = json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal);
            return wrongType && !string.IsNullOrEmpty(json.Path) && json.Path != "$"
                ? (ToFieldName(json.Path), "The value is not of the expected type or format.")
                : ("body", "The body is not valid JSON.");
        }

        return ("request", exception.Message);
    }

    private static string ToFieldName(string jsonPath)
    {
        var path = jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
        return path.Length > 0 ? char.ToLowerInvariant(path[0]) + path[1..] : "body";
    }
}
