using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PatientNetwork.IntegrationTests.Generated;

/// <summary>
/// A plausible value for a JSON schema of an OpenAPI document: the first enum value, a date for a
/// date, a GUID for a uuid, one item per array, every property of an object. Plausible, not valid:
/// the fuzz suite mutates it one field at a time, so each request is wrong in one known way.
/// </summary>
public static class JsonSchemaSample
{
    private const int MaxDepth = 4;

    public static JsonNode? For(OpenApiDocument document, JsonElement schema, int depth = 0)
    {
        schema = document.Resolve(schema);
        if (schema.TryGetProperty("enum", out var values))
        {
            var first = values.EnumerateArray().FirstOrDefault(v => v.ValueKind != JsonValueKind.Null);
            return first.ValueKind == JsonValueKind.Undefined ? null : JsonNode.Parse(first.GetRawText());
        }

        foreach (var alternatives in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(alternatives, out var options))
            {
                var option = options.EnumerateArray().FirstOrDefault(o => !IsNullOnly(o));
                return option.ValueKind == JsonValueKind.Undefined ? null : For(document, option, depth);
            }
        }

        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return TypeOf(schema) switch
        {
            "integer" => JsonValue.Create(1),
            "number" => JsonValue.Create(1.5),
            "boolean" => JsonValue.Create(true),
            "array" when depth < MaxDepth && schema.TryGetProperty("items", out var items) => new JsonArray(For(document, items, depth + 1)),
            "array" => new JsonArray(),
            "object" when depth < MaxDepth => Object(document, schema, depth),
            "object" => new JsonObject(),
            "string" => JsonValue.Create(SampleString(format)),
            _ => null,
        };
    }

    /// <summary>The schema's type other than null ("string" for <c>["null","string"]</c>); an integer that may come as a string counts as an integer.</summary>
    public static string? TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : null;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return type.GetString();
        }

        var types = type.EnumerateArray().Select(t => t.GetString()).Where(t => t != "null").ToList();
        return types.Contains("integer") ? "integer" : types.FirstOrDefault();
    }

    private static JsonObject Object(OpenApiDocument document, JsonElement schema, int depth)
    {
        var result = new JsonObject();
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                result[property.Name] = For(document, property.Value, depth + 1);
            }
        }

        return result;
    }

    private static string SampleString(string? format) => format switch
    {
        "date" => "2019-05-17",
        "date-time" => DateTimeOffset.UtcNow.AddDays(30).ToString("O", CultureInfo.InvariantCulture),
        "uuid" => Guid.NewGuid().ToString(),
        "int32" or "int64" => "1",
        _ => "Probe text",
    };

    private static bool IsNullOnly(JsonElement schema) =>
        schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "null";
}
