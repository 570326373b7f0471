using System.Text.Json;

namespace PatientNetwork.IntegrationTests.Generated;

/// <summary>One operation of a service's OpenAPI document, addressed as a client reaches it through the gateway.</summary>
public sealed record ApiOperation(
    string Service,
    HttpMethod Method,
    string PathTemplate,
    string GatewayPrefix,
    IReadOnlyList<ApiParameter> Parameters,
    string? BodyMediaType,
    JsonElement? BodySchema,
    bool RequiresToken,
    IReadOnlySet<string> DocumentedStatuses,
    OpenApiDocument Document)
{
    public IEnumerable<ApiParameter> PathParameters => Parameters.Where(p => p.In == "path");

    public IEnumerable<ApiParameter> QueryParameters => Parameters.Where(p => p.In == "query");

    public bool IsPublic => GatewayPrefix.Length == 0;

    /// <summary>The gateway path with each path parameter replaced by its value.</summary>
    public string GatewayPath(IReadOnlyDictionary<string, string> pathValues)
    {
        var path = PathTemplate;
        foreach (var (name, value) in pathValues)
        {
            path = path.Replace($"{{{name}}}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        return GatewayPrefix + path;
    }

    /// <summary>The path as the service itself serves it, with each path parameter replaced by its value.</summary>
    public string ServicePath(IReadOnlyDictionary<string, string> pathValues) => GatewayPath(pathValues)[GatewayPrefix.Length..];

    public override string ToString() => $"{Method} {GatewayPrefix}{PathTemplate}";
}

public sealed record ApiParameter(string Name, string In, JsonElement Schema)
{
    public bool IsUuid => Schema.TryGetProperty("format", out var format) && format.GetString() == "uuid";
}
