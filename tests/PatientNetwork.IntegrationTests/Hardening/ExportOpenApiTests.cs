using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Hardening;

/// <summary>
/// The Registry's OpenAPI document lists what the rights-of-the-person and audit-export endpoints
/// really answer, so a partner or a generated client is not surprised by a status or a content type.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ExportOpenApiTests(PatientNetworkFixture system)
{
    private const string Json = "application/json";
    private const string Problem = "application/problem+json";

    public static TheoryData<string, string, string> Responses => new()
    {
        // Every one of them: 401 without a token, 403 without the role, 503 when the database is busy.
        { "get", "/patients/{id}/export", $"200 {Json}; 401 {Problem}; 403 {Problem}; 404 {Problem}; 503 {Problem}" },
        { "post", "/patients/{id}/erasure", $"200 {Json}; 400 {Problem}; 401 {Problem}; 403 {Problem}; 404 {Problem}; 409 {Problem}; 503 {Problem}" },
        { "get", "/patients/{id}/retention-holds", $"200 {Json}; 401 {Problem}; 403 {Problem}; 404 {Problem}; 503 {Problem}" },
        { "put", "/patients/{id}/legal-hold", $"200 {Json}; 400 {Problem}; 401 {Problem}; 403 {Problem}; 404 {Problem}; 503 {Problem}" },
        { "get", "/audit/export", $"200 text/csv; 400 {Problem}; 401 {Problem}; 403 {Problem}; 503 {Problem}" },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task The_document_lists_every_status_and_content_type_the_endpoint_answers(string method, string path, string expected)
    {
        var operation = await OperationAsync(method, path);

        Assert.Equal(expected, Describe(operation.GetProperty("responses")));
    }

    [Fact]
    public async Task The_export_is_documented_as_the_patient_export_record()
    {
        var operation = await OperationAsync("get", "/patients/{id}/export");

        var schema = operation.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty(Json).GetProperty("schema");
        Assert.Equal("#/components/schemas/PatientExport", schema.GetProperty("$ref").GetString());
    }

    [Fact]
    public async Task The_export_answers_its_documented_problems_as_problems()
    {
        using var anonymous = system.Anonymous();
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var path = $"/api/registry/patients/{Guid.NewGuid()}/export";

        using var unauthenticated = await anonymous.GetAsync(path);
        using var forbidden = await coordinator.GetAsync(path);
        using var notFound = await admin.GetAsync(path);

        Assert.Equal(("Unauthorized", Problem), (unauthenticated.StatusCode.ToString(), unauthenticated.Content.Headers.ContentType?.MediaType));
        Assert.Equal(("Forbidden", Problem), (forbidden.StatusCode.ToString(), forbidden.Content.Headers.ContentType?.MediaType));
        Assert.Equal(("NotFound", Problem), (notFound.StatusCode.ToString(), notFound.Content.Headers.ContentType?.MediaType));
    }

    private async Task<JsonElement> OperationAsync(string method, string path)
    {
        using var client = new HttpClient { BaseAddress = system.ServiceUrl("registry") };
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        return document.GetProperty("paths").GetProperty(path).GetProperty(method);
    }

    /// <summary>"200 application/json; 404 application/problem+json", ordered by status; a response without a body reads "404 (none)".</summary>
    private static string Describe(JsonElement responses) =>
        string.Join("; ", responses.EnumerateObject()
            .OrderBy(response => response.Name, StringComparer.Ordinal)
            .Select(response => $"{response.Name} {ContentTypes(response.Value)}"));

    private static string ContentTypes(JsonElement response) =>
        response.TryGetProperty("content", out var content)
            ? string.Join(",", content.EnumerateObject().Select(type => type.Name).Order(StringComparer.Ordinal))
            : "(none)";
}
