using System.Net;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Hardening;

/// <summary>A client over a gateway limit learns from a typed problem and a header when to come back.</summary>
[Collection(SystemCollection.Name)]
public sealed class RateLimitProblemTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_429_is_a_typed_problem_with_retry_after()
    {
        await RateLimitWindow.EnsureLeftAsync(TimeSpan.FromSeconds(10));
        using var gateway = system.Anonymous();
        var (login, client) = (SignInRequests.UnknownLogin(), SignInRequests.NewClient());

        // One more than the 10 failures a login may have from one client.
        var responses = await Task.WhenAll(Enumerable.Range(0, 11).Select(_ => gateway.SignInAsync(login, "wrong-password", client)));

        try
        {
            var response = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.TooManyRequests);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var retryAfter = response.Headers.RetryAfter?.Delta;
            Assert.NotNull(retryAfter);
            Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
            var problem = await response.JsonAsync();
            Assert.Equal("https://tools.ietf.org/html/rfc6585#section-4", problem.GetProperty("type").GetString());
            Assert.Equal(429, problem.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
            Assert.Equal((int)retryAfter.Value.TotalSeconds, problem.GetProperty("retryAfterSeconds").GetInt32());
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }
}
