using PatientNetwork.WebApp.Gateway;

namespace PatientNetwork.WebApp.Components.Shared;

/// <summary>
/// Errors per field of a form: the app's own checks first (in the user's language), then the
/// server's ProblemDetails field errors, each shown next to its field. Field names are the API's
/// (camelCase), compared without case.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string[]> errors = new(StringComparer.OrdinalIgnoreCase);

    public bool Any => errors.Count > 0;

    public int Count => errors.Count;

    public void Add(string field, string message) =>
        errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    public void Clear() => errors.Clear();

    public bool Has(string field) => errors.ContainsKey(field);

    public string? Text(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public bool TryGetValue(string field, out string[] messages) => errors.TryGetValue(field, out messages!);

    /// <summary>The server's field errors; those the form shows no field for go under <c>""</c>.</summary>
    public void AddFrom(ApiProblem problem, IReadOnlyCollection<string>? knownFields = null)
    {
        foreach (var (field, messages) in problem.Errors)
        {
            var key = knownFields is null || knownFields.Contains(field, StringComparer.OrdinalIgnoreCase) ? field : "";
            foreach (var message in messages)
            {
                Add(key, message);
            }
        }
    }

    public IEnumerable<(string Field, string Message)> All => errors.SelectMany(e => e.Value.Select(m => (e.Key, m)));
}
