using Microsoft.AspNetCore.Http;

namespace PatientNetwork.ServiceDefaults.Text;

/// <summary>
/// Refuses a query string or route value holding a control character with a 400 naming the
/// parameter, before any endpoint binds it (a NUL in an audit filter would otherwise reach PostgreSQL).
/// </summary>
public sealed class ControlCharacterGuardMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problemDetails)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, values) in context.Request.Query)
        {
            if (ControlCharacters.IndexOfRefused(name) >= 0)
            {
                errors.TryAdd("query", ["A query parameter name contains a control character."]);
                continue;
            }

            if (values.Select(ControlCharacters.ErrorFor).FirstOrDefault(error => error is not null) is { } error)
            {
                errors.TryAdd(name, [error]);
            }
        }

        foreach (var (name, value) in context.Request.RouteValues)
        {
            if (value is string text && ControlCharacters.ErrorFor(text) is { } error)
            {
                errors.TryAdd(name, [error]);
            }
        }

        if (errors.Count == 0)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new HttpValidationProblemDetails(errors) { Status = StatusCodes.Status400BadRequest },
        });
    }
}
