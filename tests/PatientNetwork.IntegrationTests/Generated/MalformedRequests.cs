using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PatientNetwork.IntegrationTests.Generated;

/// <summary>One generated request, wrong in the way its description says.</summary>
public sealed record FuzzCase(ApiOperation Operation, string Description, Func<HttpRequestMessage> Create)
{
    public override string ToString() => $"{Operation}: {Description}";
}

/// <summary>
/// Generates, for one operation, requests that are wrong in one way each: bad path values, hostile
/// query values (control characters, limits of the integer types, bad GUIDs, huge text, bad paging),
/// and bodies that are not JSON, not UTF-8, too deep, too big, or whose fields, one at a time, are
/// null, of the wrong type, hold control characters, huge text or numbers past every limit.
/// </summary>
public static class MalformedRequests
{
    private static readonly string HugeText = new('x', 20_000);

    /// <summary>Values any text field, query value or path segment may receive from a careless or hostile client.</summary>
    private static readonly string[] HostileText =
    [
        "", " ", "\u0000", "a\u0000b", "\u0007bell", "\u001b[31m", "\u202Eevil", "\uFFFF",
        "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "=HYPERLINK(\"http://x\")", "%00", "null", HugeText,
    ];

    private static readonly string[] HostileNumbers =
    [
        "0", "-1", "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807", "99999999999999999999999", "1e309", "NaN", "1.5", "0x10", "true",
    ];

    private static readonly string[] HostileGuids = ["not-a-guid", "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "{" + Guid.Empty + "}", "%00", HugeText[..300]];

    public static IEnumerable<FuzzCase> For(ApiOperation operation)
    {
        var pathValues = operation.PathParameters.ToDictionary(p => p.Name, p => p.IsUuid ? Guid.NewGuid().ToString() : "x");
        var sampleBody = operation.BodySchema is { } schema ? JsonSchemaSample.For(operation.Document, schema) : null;

        foreach (var parameter in operation.PathParameters)
        {
            foreach (var value in parameter.IsUuid ? HostileGuids : HostileText.Where(t => t.Length > 0))
            {
                var values = new Dictionary<string, string>(pathValues) { [parameter.Name] = value };
                yield return Case(operation, $"path {parameter.Name}={Shown(value)}", operation.GatewayPath(values), sampleBody);
            }
        }

        foreach (var parameter in operation.QueryParameters)
        {
            var values = IsNumber(parameter.Schema) ? HostileNumbers.Concat(HostileText.Take(4)) : parameter.IsUuid ? HostileGuids : HostileText;
            foreach (var value in values)
            {
                yield return Case(operation, $"query {parameter.Name}={Shown(value)}", operation.GatewayPath(pathValues) + Query((parameter.Name, value)), sampleBody);
            }
        }

        // Paging at the limits: each value in range alone, the product far past any offset.
        if (operation.QueryParameters.Any(p => p.Name.Equals("page", StringComparison.OrdinalIgnoreCase)))
        {
            var page = operation.QueryParameters.First(p => p.Name.Equals("page", StringComparison.OrdinalIgnoreCase)).Name;
            var size = operation.QueryParameters.FirstOrDefault(p => p.Name.Equals("pageSize", StringComparison.OrdinalIgnoreCase))?.Name ?? "pageSize";
            foreach (var (p, s) in new[] { ("2147483647", "100"), ("21474837", "100"), ("1073741824", "2"), ("2147483647", "2147483647") })
            {
                yield return Case(operation, $"paging {page}={p}&{size}={s}", operation.GatewayPath(pathValues) + Query((page, p), (size, s)), sampleBody);
            }
        }

        if (operation.BodyMediaType is null)
        {
            yield break;
        }

        var path = operation.GatewayPath(pathValues);
        foreach (var body in operation.BodyMediaType == "application/json" ? JsonBodies(operation, sampleBody) : TextBodies())
        {
            yield return new FuzzCase(operation, body.Description, () => Request(operation, path, body.Content()));
        }
    }

    private static IEnumerable<(string Description, Func<HttpContent> Content)> JsonBodies(ApiOperation operation, JsonNode? sample)
    {
        foreach (var raw in new[] { "", "null", "[]", "\"text\"", "123", "{", "{\"a\":}", "{\"a\":1,\"a\":2}", new string('[', 5000) + new string(']', 5000), "{\"x\":" + new string('[', 200) + new string(']', 200) + "}" })
        {
            yield return ($"body {Shown(raw)}", () => Json(raw));
        }

        yield return ("body not UTF-8", () => new ByteArrayContent([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0x22, 0x7D]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });
        yield return ("body of 3 MB", () => Json("{\"x\":\"" + new string('x', 3_000_000) + "\"}"));
        yield return ("body as text/plain", () => new StringContent(sample?.ToJsonString() ?? "{}", Encoding.UTF8, "text/plain"));

        if (sample is not JsonObject fields)
        {
            yield break;
        }

        foreach (var (description, mutated) in FieldMutations(fields, prefix: ""))
        {
            var json = mutated.ToJsonString();
            yield return ($"field {description}", () => Json(json));
        }
    }

    /// <summary>Each field of the object (and of the first item of its arrays of objects) made wrong in turn.</summary>
    private static IEnumerable<(string Description, JsonObject Body)> FieldMutations(JsonObject sample, string prefix)
    {
        foreach (var (name, value) in sample.ToList())
        {
            foreach (var (label, replacement) in Replacements(value))
            {
                var copy = (JsonObject)sample.DeepClone();
                copy[name] = replacement;
                yield return ($"{prefix}{name}={label}", copy);
            }

            if (value is JsonArray { Count: > 0 } array && array[0] is JsonObject item && prefix.Length == 0)
            {
                foreach (var (description, mutatedItem) in FieldMutations(item, $"{name}[0]."))
                {
                    var copy = (JsonObject)sample.DeepClone();
                    copy[name] = new JsonArray(mutatedItem);
                    yield return (description, copy);
                }
            }
        }
    }

    private static IEnumerable<(string Label, JsonNode? Value)> Replacements(JsonNode? value)
    {
        yield return ("null", null);
        yield return ("\"\\u0000\"", JsonValue.Create("\u0000"));
        yield return ("\"name\\u0000\"", JsonValue.Create("name\u0000"));
        yield return ("\"\\u001b\"", JsonValue.Create("\u001b"));
        yield return ("20,000 characters", JsonValue.Create(HugeText));
        yield return ("{}", new JsonObject());
        yield return ("[]", new JsonArray());
        yield return ("1e308", JsonNode.Parse("1e308"));
        yield return ("2147483648", JsonNode.Parse("2147483648"));
        yield return ("-2147483649", JsonNode.Parse("-2147483649"));
        yield return ("true", JsonValue.Create(true));
        if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String)
        {
            yield return ("\"9999-99-99\"", JsonValue.Create("9999-99-99"));
            yield return ("\"<b>html</b>\"", JsonValue.Create("<b>html</b>"));
        }
    }

    private static IEnumerable<(string Description, Func<HttpContent> Content)> TextBodies()
    {
        yield return ("csv empty", () => Csv(""u8.ToArray()));
        yield return ("csv with NUL", () => Csv("firstName,lastName\nA\u0000,B\n"u8.ToArray()));
        yield return ("csv not UTF-8", () => Csv([0x61, 0x2C, 0x62, 0x0A, 0xC3, 0x28, 0x2C, 0xFF, 0x0A]));
        yield return ("csv binary", () => Csv(Enumerable.Range(0, 4096).Select(i => (byte)(i * 37)).ToArray()));
        yield return ("csv one huge line", () => Csv(Encoding.UTF8.GetBytes(new string('a', 2_000_000))));
        yield return ("csv unbalanced quotes", () => Csv("\"a,b\nc\"d,\"\n"u8.ToArray()));
        yield return ("csv formulas", () => Csv("=1+1,@SUM(A1),+1,-1\n=cmd|' /C calc'!A0,x,y,z\n"u8.ToArray()));
    }

    private static FuzzCase Case(ApiOperation operation, string description, string pathAndQuery, JsonNode? body)
    {
        var json = body?.ToJsonString();
        return new FuzzCase(operation, description, () => Request(operation, pathAndQuery, json is null ? null : Json(json)));
    }

    private static HttpRequestMessage Request(ApiOperation operation, string pathAndQuery, HttpContent? content) =>
        new(operation.Method, new Uri(pathAndQuery, UriKind.Relative)) { Content = content };

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static ByteArrayContent Csv(byte[] bytes) => new(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } };

    private static string Query(params (string Name, string Value)[] values) =>
        "?" + string.Join("&", values.Select(v => $"{Uri.EscapeDataString(v.Name)}={Uri.EscapeDataString(v.Value)}"));

    private static bool IsNumber(JsonElement schema) => JsonSchemaSample.TypeOf(schema) is "integer" or "number";

    private static string Shown(string value) =>
        value.Length > 40 ? $"{value.Length:N0} characters" : JsonSerializer.Serialize(value);
}
