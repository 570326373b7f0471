using System.Collections.Concurrent;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Generated;

/// <summary>
/// What each OpenAPI document says about tokens and standard errors is what the service does: an
/// operation marked with the staff bearer scheme refuses a call without a token with 401, one not
/// marked does not ask for a token, and every operation documents the answers any of them can give.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class OpenApiSecurityTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task Every_operation_documents_503_and_those_that_need_a_token_document_401_and_403()
    {
        var operations = await OpenApiDocument.AllOperationsAsync(system);

        var undocumented = operations
            .Select(o => (Operation: o, Missing: Expected(o).Where(status => !o.DocumentedStatuses.Contains(status)).ToList()))
            .Where(o => o.Missing.Count > 0)
            .Select(o => $"{o.Operation}: {string.Join(", ", o.Missing)}")
            .ToList();

        Assert.True(undocumented.Count == 0, $"Operations that do not document a standard answer:\n{string.Join("\n", undocumented)}");
        Assert.Contains(operations, o => o.RequiresToken);
        Assert.Contains(operations, o => !o.RequiresToken);
    }

    [Fact]
    public async Task A_call_without_a_token_is_refused_exactly_where_the_document_says_a_token_is_needed()
    {
        var operations = await OpenApiDocument.AllOperationsAsync(system);
        var wrong = new ConcurrentBag<string>();

        await Parallel.ForEachAsync(operations.Where(Checkable), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (operation, ct) =>
        {
            using var client = new HttpClient { BaseAddress = system.ServiceUrl(operation.Service) };
            // A GUID suits every path parameter's route constraint, and a JSON body its content type: a request
            // that matched no operation would fall through to the gateway's catch-all route to the web app.
            var values = operation.PathParameters.ToDictionary(p => p.Name, _ => Guid.NewGuid().ToString());
            using var request = new HttpRequestMessage(operation.Method, operation.ServicePath(values));
            if (operation.BodyMediaType is { } mediaType)
            {
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, mediaType);
            }

            using var response = await client.SendAsync(request, ct);
            var refused = response.StatusCode == System.Net.HttpStatusCode.Unauthorized;
            if (refused != operation.RequiresToken)
            {
                wrong.Add($"{operation}: documented {(operation.RequiresToken ? "with" : "without")} a token, answered {(int)response.StatusCode} without one");
            }
        });

        Assert.True(wrong.IsEmpty, string.Join("\n", wrong.Order()));
    }

    private static IEnumerable<string> Expected(ApiOperation operation) =>
        operation.RequiresToken ? ["401", "403", "503"] : ["503"];

    // The gateway's anonymous sign-in operations answer 401 to wrong credentials, which is not a
    // token requirement, and each attempt spends the loopback client's sign-in limit.
    private static bool Checkable(ApiOperation operation) =>
        operation.RequiresToken || !(operation.Service == "gateway" && operation.PathTemplate.StartsWith("/auth/", StringComparison.Ordinal));
}
