using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.UnitTests.ServiceDefaults;

public sealed class SecurityHeadersCacheControlTests
{
    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(500)]
    public void A_response_of_an_ordinary_endpoint_is_never_stored(int status) =>
        Assert.Equal("no-store", SecurityHeadersMiddleware.CacheControlFor(status, publicCaching: null));

    [Theory]
    [InlineData(200)]
    [InlineData(304)]
    public void A_successful_public_read_or_its_not_modified_answer_may_be_cached_for_its_lifetime(int status) =>
        Assert.Equal("public, max-age=60", SecurityHeadersMiddleware.CacheControlFor(status, new PublicCaching(TimeSpan.FromMinutes(1))));

    [Theory]
    [InlineData(400)]
    [InlineData(429)]
    [InlineData(503)]
    public void An_error_of_a_public_read_is_never_stored(int status) =>
        Assert.Equal("no-store", SecurityHeadersMiddleware.CacheControlFor(status, new PublicCaching(TimeSpan.FromMinutes(1))));
}
