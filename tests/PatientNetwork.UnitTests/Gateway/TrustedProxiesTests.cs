using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PatientNetwork.Gateway.Proxy;

namespace PatientNetwork.UnitTests.Gateway;

/// <summary>Which proxies' X-Forwarded-For the gateway believes, through ASP.NET Core's own forwarded-headers middleware.</summary>
public sealed class TrustedProxiesTests
{
    private static readonly IPAddress Partner = IPAddress.Parse("203.0.113.7");

    [Fact]
    public async Task A_listed_proxy_passes_on_the_client_address_and_scheme()
    {
        var seen = await ClientAddressSeenAsync(new() { ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.4" }, from: "10.0.0.4");

        Assert.Equal(Partner, seen.Address);
        Assert.Equal("https", seen.Scheme);
    }

    [Fact]
    public async Task A_proxy_inside_a_listed_network_is_trusted()
    {
        var seen = await ClientAddressSeenAsync(new() { ["ForwardedHeaders:KnownNetworks:0"] = "10.1.0.0/16" }, from: "10.1.2.3");

        Assert.Equal(Partner, seen.Address);
    }

    [Theory]
    [InlineData("127.0.0.1")] // trusted by ASP.NET Core's defaults, not by ours
    [InlineData("10.0.0.5")]
    public async Task Headers_from_an_address_not_listed_are_ignored(string from)
    {
        var seen = await ClientAddressSeenAsync(new() { ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.4" }, from);

        Assert.Equal(IPAddress.Parse(from), seen.Address);
        Assert.Equal("http", seen.Scheme);
    }

    [Fact]
    public async Task With_nothing_configured_no_one_is_trusted()
    {
        var seen = await ClientAddressSeenAsync([], from: "127.0.0.1");

        Assert.Equal(IPAddress.Loopback, seen.Address);
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "10.0.0.300")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "proxy.internal")]
    public void A_value_that_is_no_address_or_network_stops_the_start_naming_the_key(string key, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => TrustedProxies.Read(Configuration(new() { [key] = value })));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    private static async Task<(IPAddress? Address, string Scheme)> ClientAddressSeenAsync(Dictionary<string, string?> settings, string from)
    {
        var options = new ForwardedHeadersOptions();
        TrustedProxies.Read(Configuration(settings)).ApplyTo(options);
        (IPAddress? Address, string Scheme) seen = default;
        var middleware = new ForwardedHeadersMiddleware(
            context =>
            {
                seen = (context.Connection.RemoteIpAddress, context.Request.Scheme);
                return Task.CompletedTask;
            },
            NullLoggerFactory.Instance,
            Options.Create(options));
        var request = new DefaultHttpContext();
        request.Connection.RemoteIpAddress = IPAddress.Parse(from);
        request.Request.Scheme = "http";
        request.Request.Headers["X-Forwarded-For"] = Partner.ToString();
        request.Request.Headers["X-Forwarded-Proto"] = "https";

        await middleware.Invoke(request);
        return seen;
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
