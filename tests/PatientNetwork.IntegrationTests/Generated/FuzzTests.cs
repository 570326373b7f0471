using System.Collections.Concurrent;
using System.Diagnostics;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Generated;

/// <summary>
/// Every operation of every service's OpenAPI document, called through the gateway with requests
/// generated to be wrong in one way each (<see cref="MalformedRequests"/>), as a signed-in admin and,
/// for public operations, anonymously. No answer may be a 5xx, and every error must be a
/// ProblemDetails. A new endpoint is covered as soon as it is in its service's document.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class FuzzTests(PatientNetworkFixture system)
{
    private const int Concurrency = 8;

    [Fact]
    public async Task No_malformed_request_to_any_operation_answers_5xx_or_an_error_that_is_not_ProblemDetails()
    {
        var operations = await OpenApiDocument.AllOperationsAsync(system);
        var cases = operations.SelectMany(MalformedRequests.For).ToList();
        using var admin = await system.SignInAsync("hajar.admin");
        using var anonymous = system.Anonymous();

        var failures = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (fuzz, ct) =>
        {
            var client = fuzz.Operation.IsPublic ? anonymous : admin;
            using var request = fuzz.Create();
            if (SignIn(fuzz.Operation))
            {
                // Each from its own client (the fixture trusts loopback as a proxy), so the fuzz spends no one's sign-in limit.
                request.Headers.Add("X-Forwarded-For", $"10.{Random.Shared.Next(256)}.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}");
            }

            using var response = await client.SendAsync(request, ct);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            if (Wrong(response) is { } wrong && !OAuthError(fuzz.Operation, response))
            {
                var body = await response.Content.ReadAsStringAsync(ct);
                failures.Add($"{fuzz} -> {(int)response.StatusCode} {wrong}: {body[..Math.Min(body.Length, 300)]}");
            }
        });

        Console.WriteLine($"Fuzz: {cases.Count} requests over {operations.Count} operations in {clock.Elapsed.TotalSeconds:0} s; statuses {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {cases.Count} requests were answered wrongly:\n{string.Join("\n", failures.Order().Take(60))}");
    }

    /// <summary>Null when the answer is acceptable, otherwise what is wrong with it.</summary>
    internal static string? Wrong(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return "server error";
        }

        if (status is 414 or 431 && response.Content.Headers.ContentLength is 0 or null)
        {
            // Kestrel answers these itself, before any middleware, and cannot be made to write a body (docs/decisions/0015).
            return null;
        }

        return status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json"
            ? $"error as {response.Content.Headers.ContentType?.MediaType ?? "no body"}, not ProblemDetails"
            : null;
    }

    /// <summary>
    /// The partners' OAuth2 token endpoint answers errors as RFC 6749 §5.2 requires (<c>application/json</c> with
    /// <c>error</c>), which OAuth2 client libraries read; a ProblemDetails there would break them (docs/decisions/0022).
    /// </summary>
    private static bool OAuthError(ApiOperation operation, HttpResponseMessage response) =>
        operation.PathTemplate == "/public/v1/oauth/token"
        && (int)response.StatusCode is 400 or 401
        && response.Content.Headers.ContentType?.MediaType == "application/json";

    /// <summary>Sign-in attempts (and codes, and password changes) count toward the client's sign-in limit, which the other tests need for loopback.</summary>
    private static bool SignIn(ApiOperation operation) => operation.Service == "gateway" && operation.PathTemplate.StartsWith("/auth/", StringComparison.Ordinal);

    [Fact]
    public async Task Every_service_s_document_lists_operations_for_the_fuzz_to_generate_from()
    {
        var operations = await OpenApiDocument.AllOperationsAsync(system);

        Assert.All(OpenApiDocument.Services.Where(s => s != "gateway"), service => Assert.Contains(operations, o => o.Service == service));
        Assert.Contains(operations, o => o.BodySchema is not null && MalformedRequests.For(o).Any(c => c.Description.StartsWith("field ", StringComparison.Ordinal)));
    }
}
