using System.Net;
using PatientNetwork.Gateway.RateLimiting;

namespace PatientNetwork.UnitTests.Gateway;

public sealed class ClientAddressTests
{
    [Fact]
    public void An_IPv4_client_is_its_address() =>
        Assert.Equal("203.0.113.7", ClientAddress.Of(IPAddress.Parse("203.0.113.7")));

    [Fact]
    public void An_IPv4_client_on_a_dual_stack_socket_is_the_same_client() =>
        Assert.Equal("203.0.113.7", ClientAddress.Of(IPAddress.Parse("::ffff:203.0.113.7")));

    [Fact]
    public void IPv6_addresses_of_one_64_network_are_one_client()
    {
        var first = ClientAddress.Of(IPAddress.Parse("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        var second = ClientAddress.Of(IPAddress.Parse("2001:db8:1:2::1"));

        Assert.Equal("2001:db8:1:2::/64", first);
        Assert.Equal(first, second);
        Assert.NotEqual(first, ClientAddress.Of(IPAddress.Parse("2001:db8:1:3::1")));
    }

    [Fact]
    public void A_connection_without_an_address_is_the_unknown_client() =>
        Assert.Equal(ClientAddress.Unknown, ClientAddress.Of((IPAddress?)null));
}
