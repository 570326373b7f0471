using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.UnitTests.Hardening;

/// <summary>The string converter of the JSON defaults must not change what the OpenAPI documents say (the fuzz and tenancy suites are generated from them).</summary>
public sealed class StringSchemaTests
{
    public sealed record Body(string? Maybe, string Sure, IReadOnlyList<string>? Names, Dictionary<string, string>? Notes, int? Number);

    [Fact]
    public async Task The_JSON_defaults_leave_the_OpenAPI_schema_of_strings_as_it_was()
    {
        var plain = await OpenApiDocumentAsync(withJsonDefaults: false);
        var withDefaults = await OpenApiDocumentAsync(withJsonDefaults: true);

        Assert.True(JsonNode.DeepEquals(plain["components"], withDefaults["components"]), $"{plain["components"]}\n{withDefaults["components"]}");
        Assert.Equal("string", (string?)plain["components"]!["schemas"]!["Body"]!["properties"]!["sure"]!["type"]);
    }

    private static async Task<JsonNode> OpenApiDocumentAsync(bool withJsonDefaults)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddOpenApi();
        if (withJsonDefaults)
        {
            builder.AddJsonDefaults();
        }

        await using var app = builder.Build();
        app.MapOpenApi();
        app.MapPost("/bodies", (Body body) => TypedResults.Ok(body));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var document = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json"))!;
        await app.StopAsync();
        return document;
    }
}
