using System.Net;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Hardening;

[Collection(SystemCollection.Name)]
public sealed class DatabaseBurstTests(PatientNetworkFixture system)
{
    private const int ConcurrentRequestsPerService = 150;

    /// <summary>
    /// Every service at once, well past its pool: the pools fit in the server's max_connections, so
    /// requests wait for a pooled connection; one that waits too long hears 503 with Retry-After.
    /// </summary>
    [Fact]
    public async Task A_burst_on_every_service_at_once_is_served_or_answered_503_with_Retry_After_never_500()
    {
        var lists = new (string Service, string Path)[]
        {
            ("registry", "/patients?pageSize=5"),
            ("funding", "/coverage-accounts?pageSize=5"),
            ("events", "/events?pageSize=5"),
            ("partnerships", "/partners"),
        };
        var clients = await Task.WhenAll(lists.Select(list => system.SignInDirectAsync(list.Service, "hajar.admin")));
        try
        {
            using var start = new SemaphoreSlim(0);
            var requests = lists.Zip(clients).SelectMany(pair => Enumerable.Range(0, ConcurrentRequestsPerService).Select(async _ =>
            {
                await start.WaitAsync();
                using var response = await pair.Second.GetAsync(pair.First.Path);
                var body = await response.Content.ReadAsStringAsync();
                return (pair.First.Service, response.StatusCode, RetryAfter: response.Headers.RetryAfter, ContentType: response.Content.Headers.ContentType?.MediaType, Body: body);
            })).ToList();
            start.Release(requests.Count);
            var answers = await Task.WhenAll(requests);

            var failures = answers.Where(a => a.StatusCode != HttpStatusCode.OK).ToList();
            Assert.All(failures, failure =>
            {
                Assert.True(failure.StatusCode == HttpStatusCode.ServiceUnavailable, $"{failure.Service} answered {(int)failure.StatusCode}: {failure.Body}");
                Assert.NotNull(failure.RetryAfter);
                Assert.Equal("application/problem+json", failure.ContentType);
            });
            Assert.True(answers.Count(a => a.StatusCode == HttpStatusCode.OK) > answers.Length / 2, $"only {answers.Count(a => a.StatusCode == HttpStatusCode.OK)} of {answers.Length} served");
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }
}
