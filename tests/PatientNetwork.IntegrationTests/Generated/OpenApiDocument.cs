using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Generated;

/// <summary>
/// A service's OpenAPI document, as the service serves it: the source from which the fuzz and tenancy
/// suites generate their requests, so an endpoint added tomorrow is covered without a test written for it.
/// </summary>
public sealed class OpenApiDocument(string service, JsonElement root)
{
    public static readonly string[] Services = ["registry", "funding", "events", "partnerships", "gateway"];

    public string Service { get; } = service;

    public static async Task<IReadOnlyList<ApiOperation>> AllOperationsAsync(PatientNetworkFixture system)
    {
        var operations = new List<ApiOperation>();
        foreach (var service in Services)
        {
            using var client = new HttpClient { BaseAddress = system.ServiceUrl(service) };
            var document = new OpenApiDocument(service, JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement.Clone());
            operations.AddRange(document.Operations());
        }

        Assert.NotEmpty(operations);
        return operations;
    }

    /// <summary>Follows a <c>$ref</c> to its component schema; any other schema is itself.</summary>
    public JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? Resolve(root.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]))
            : schema;

    private IEnumerable<ApiOperation> Operations()
    {
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var declared)
                    ? declared.EnumerateArray().Select(p => new ApiParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!, p.GetProperty("schema"))).ToList()
                    : [];
                var (mediaType, schema) = RequestBody(operation.Value);
                var requiresToken = operation.Value.TryGetProperty("security", out var security) && security.GetArrayLength() > 0;
                var statuses = operation.Value.TryGetProperty("responses", out var responses)
                    ? responses.EnumerateObject().Select(r => r.Name).ToHashSet(StringComparer.Ordinal)
                    : [];
                yield return new ApiOperation(Service, new HttpMethod(operation.Name.ToUpperInvariant()), path.Name, GatewayPrefix(path.Name), parameters, mediaType, schema, requiresToken, statuses, this);
            }
        }
    }

    /// <summary>Staff reach a service under <c>/api/{service}</c>; public and sign-in paths are the same at the gateway.</summary>
    private string GatewayPrefix(string path) =>
        Service == "gateway" || path.StartsWith("/public/", StringComparison.Ordinal) ? "" : $"/api/{Service}";

    private static (string?, JsonElement?) RequestBody(JsonElement operation)
    {
        if (!operation.TryGetProperty("requestBody", out var body) || !body.TryGetProperty("content", out var content))
        {
            return (null, null);
        }

        var first = content.EnumerateObject().First();
        return (first.Name, first.Value.TryGetProperty("schema", out var schema) ? schema : null);
    }
}
