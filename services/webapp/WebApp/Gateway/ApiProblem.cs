using System.Net;
using System.Text.Json;

namespace PatientNetwork.WebApp.Gateway;

/// <summary>A ProblemDetails answer of the gateway or a service: its status, title, field errors and extensions.</summary>
public sealed record ApiProblem(HttpStatusCode Status, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors, JsonElement? Body)
{
    public static readonly ApiProblem Unreachable = new(HttpStatusCode.ServiceUnavailable, null, null, new Dictionary<string, string[]>(), null);

    public bool IsNotFound => Status == HttpStatusCode.NotFound;

    public bool IsConflict => Status == HttpStatusCode.Conflict;

    public bool IsForbidden => Status == HttpStatusCode.Forbidden;

    public string? Extension(string name) =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        JsonElement? body = null;
        try
        {
            if (response.Content.Headers.ContentLength is not 0)
            {
                body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            }
        }
        catch (JsonException)
        {
            // Not ProblemDetails (a proxy's error page): the status says enough.
        }

        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        string? title = null, detail = null;
        if (body is { ValueKind: JsonValueKind.Object } problem)
        {
            title = problem.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            detail = problem.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            if (problem.TryGetProperty("errors", out var fieldErrors) && fieldErrors.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in fieldErrors.EnumerateObject())
                {
                    errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                        ? [.. field.Value.EnumerateArray().Select(e => e.ToString())]
                        : [field.Value.ToString()];
                }
            }
        }

        return new ApiProblem(response.StatusCode, title, detail, errors, body);
    }
}
