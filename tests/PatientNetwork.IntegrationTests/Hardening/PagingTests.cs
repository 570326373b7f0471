using System.Net;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Hardening;

/// <summary>A page number whose offset would overflow, or reach past what a list pages through, is a 400 naming page on every list.</summary>
[Collection(SystemCollection.Name)]
public sealed class PagingTests(PatientNetworkFixture system)
{
    [Theory]
    [InlineData("/api/registry/patients?page=2147483647&pageSize=100")]
    [InlineData("/api/registry/patients?name=salma&page=2147483647&pageSize=100")]
    [InlineData("/api/registry/audit?page=21474837&pageSize=100")]
    [InlineData("/api/funding/coverage-accounts?page=2147483647&pageSize=100")]
    [InlineData("/api/funding/audit?page=2147483647&pageSize=100")]
    [InlineData("/api/events/events?page=2147483647&pageSize=100")]
    [InlineData("/api/registry/patients?page=1000000&pageSize=20")]
    public async Task A_page_beyond_the_reachable_rows_of_a_staff_list_is_a_400_naming_page(string path)
    {
        using var admin = await system.SignInAsync("hajar.admin");

        using var response = await admin.GetAsync(path);

        await AssertPageErrorAsync(response);
    }

    [Fact]
    public async Task A_huge_page_of_the_anonymous_public_calendar_is_a_400_naming_page()
    {
        using var anonymous = system.Anonymous();

        using var response = await anonymous.GetAsync("/public/v1/events?page=2147483647&pageSize=100");

        await AssertPageErrorAsync(response);
    }

    [Fact]
    public async Task The_last_reachable_page_answers_an_empty_page()
    {
        using var anonymous = system.Anonymous();

        using var response = await anonymous.GetAsync("/public/v1/events?page=10000&pageSize=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await response.JsonAsync()).GetProperty("items").GetArrayLength());
    }

    private static async Task AssertPageErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty("page", out _), $"expected an error for 'page' in {problem}");
    }
}
