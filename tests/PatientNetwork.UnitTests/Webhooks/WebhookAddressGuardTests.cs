using System.Net;
using PatientNetwork.Partnerships.Webhooks;

namespace PatientNetwork.UnitTests.Webhooks;

public sealed class WebhookAddressGuardTests
{
    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("10.255.255.255")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.251")]
    [InlineData("255.255.255.255")]
    [InlineData("198.18.0.1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1")]
    [InlineData("ff02::1")]
    [InlineData("::")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a00:1")]
    [InlineData("2001:db8::1")]
    public void Private_link_local_multicast_and_reserved_addresses_are_never_delivered_to(string address)
    {
        Assert.Equal(WebhookAddressKind.NonPublic, WebhookAddressGuard.Classify(IPAddress.Parse(address)));
        Assert.False(WebhookAddressGuard.MayDeliverTo(IPAddress.Parse(address), allowLoopback: true));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void Loopback_is_delivered_to_only_when_local_runs_allow_it(string address)
    {
        Assert.Equal(WebhookAddressKind.Loopback, WebhookAddressGuard.Classify(IPAddress.Parse(address)));
        Assert.False(WebhookAddressGuard.MayDeliverTo(IPAddress.Parse(address), allowLoopback: false));
        Assert.True(WebhookAddressGuard.MayDeliverTo(IPAddress.Parse(address), allowLoopback: true));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("172.15.255.255")]
    [InlineData("192.169.0.1")]
    [InlineData("2a00:1450:4007:80e::200e")]
    [InlineData("64:ff9b::808:808")]
    public void Public_addresses_are_delivered_to(string address)
    {
        Assert.Equal(WebhookAddressKind.Public, WebhookAddressGuard.Classify(IPAddress.Parse(address)));
        Assert.True(WebhookAddressGuard.MayDeliverTo(IPAddress.Parse(address), allowLoopback: false));
    }

    [Theory]
    [InlineData("http://example.org/hooks", false, "https")]
    [InlineData("ftp://example.org/hooks", true, "https")]
    [InlineData("https://user:secret@example.org/hooks", false, "user name")]
    public void A_url_of_the_wrong_form_is_refused_before_any_lookup(string url, bool allowLoopbackHttp, string problem)
    {
        Assert.Contains(problem, WebhookAddressGuard.CheckForm(new Uri(url), allowLoopbackHttp), StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_passes_the_form_check_only_when_local_runs_allow_it()
    {
        Assert.Null(WebhookAddressGuard.CheckForm(new Uri("http://127.0.0.1:5000/hooks"), allowLoopbackHttp: true));
        Assert.Null(WebhookAddressGuard.CheckForm(new Uri("https://example.org/hooks"), allowLoopbackHttp: false));
    }

    [Fact]
    public async Task A_literal_private_address_is_refused_without_a_lookup()
    {
        await Assert.ThrowsAsync<WebhookAddressRefusedException>(() => WebhookAddressGuard.ResolveAllowedAsync("10.0.0.1", allowLoopback: true, CancellationToken.None));
        await Assert.ThrowsAsync<WebhookAddressRefusedException>(() => WebhookAddressGuard.ResolveAllowedAsync("[fe80::1]", allowLoopback: true, CancellationToken.None));
        Assert.Single(await WebhookAddressGuard.ResolveAllowedAsync("127.0.0.1", allowLoopback: true, CancellationToken.None));
    }
}
