using System.Net;
using System.Net.Sockets;

namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>
/// The SSRF guard: a partner's URL must not make the service call into its own network. Every address a host
/// name resolves to is classified, and the connection goes to an address that was checked (the HTTP handler's
/// ConnectCallback), so a DNS answer that changes between the check and the connection gains nothing.
/// </summary>
public static class WebhookAddressGuard
{
    private static readonly (IPAddress Network, int Prefix)[] NonPublicV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8), (IPAddress.Parse("10.0.0.0"), 8), (IPAddress.Parse("100.64.0.0"), 10),
        (IPAddress.Parse("169.254.0.0"), 16), (IPAddress.Parse("172.16.0.0"), 12), (IPAddress.Parse("192.0.0.0"), 24),
        (IPAddress.Parse("192.0.2.0"), 24), (IPAddress.Parse("192.88.99.0"), 24), (IPAddress.Parse("192.168.0.0"), 16),
        (IPAddress.Parse("198.18.0.0"), 15), (IPAddress.Parse("198.51.100.0"), 24), (IPAddress.Parse("203.0.113.0"), 24),
        (IPAddress.Parse("224.0.0.0"), 4), (IPAddress.Parse("240.0.0.0"), 4),
    ];

    private static readonly (IPAddress Network, int Prefix)[] NonPublicV6 =
    [
        (IPAddress.Parse("::"), 96), (IPAddress.Parse("100::"), 64), (IPAddress.Parse("2001:db8::"), 32),
        (IPAddress.Parse("2002::"), 16), (IPAddress.Parse("fc00::"), 7), (IPAddress.Parse("fe80::"), 10),
        (IPAddress.Parse("fec0::"), 10), (IPAddress.Parse("ff00::"), 8),
    ];

    private static readonly IPAddress Nat64 = IPAddress.Parse("64:ff9b::");

    public static WebhookAddressKind Classify(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return WebhookAddressKind.Loopback;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return NonPublicV4.Any(range => InRange(address, range.Network, range.Prefix)) ? WebhookAddressKind.NonPublic : WebhookAddressKind.Public;
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return WebhookAddressKind.NonPublic;
        }

        // NAT64 carries an IPv4 address in its last 32 bits: judge that one.
        if (InRange(address, Nat64, 96))
        {
            return Classify(new IPAddress(address.GetAddressBytes()[12..]));
        }

        return NonPublicV6.Any(range => InRange(address, range.Network, range.Prefix)) ? WebhookAddressKind.NonPublic : WebhookAddressKind.Public;
    }

    public static bool MayDeliverTo(IPAddress address, bool allowLoopback) => Classify(address) switch
    {
        WebhookAddressKind.Public => true,
        WebhookAddressKind.Loopback => allowLoopback,
        _ => false,
    };

    /// <summary>What is wrong with a subscription URL before any address is looked up (scheme, form), or null.</summary>
    public static string? CheckForm(Uri url, bool allowLoopbackHttp)
    {
        if (url.Scheme != Uri.UriSchemeHttps && !(allowLoopbackHttp && url.Scheme == Uri.UriSchemeHttp))
        {
            return "The URL must use https.";
        }

        return url.UserInfo.Length > 0 ? "The URL must not carry a user name or password." : null;
    }

    /// <summary>The host's addresses once every one of them is allowed; throws <see cref="WebhookAddressRefusedException"/> otherwise.</summary>
    public static async Task<IPAddress[]> ResolveAllowedAsync(string host, bool allowLoopback, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
            }
            catch (SocketException exception)
            {
                throw new WebhookAddressRefusedException($"The host name does not resolve ({exception.SocketErrorCode}).");
            }
        }

        if (addresses.Length == 0)
        {
            throw new WebhookAddressRefusedException("The host name does not resolve.");
        }

        if (addresses.FirstOrDefault(a => !MayDeliverTo(a, allowLoopback)) is { } refused)
        {
            throw new WebhookAddressRefusedException($"The host resolves to {Describe(refused)}, which webhooks may not be sent to.");
        }

        return addresses;
    }

    /// <summary>Connects to the first reachable checked address of the request's host: the handler's ConnectCallback.</summary>
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowLoopback, CancellationToken cancellationToken)
    {
        var addresses = await ResolveAllowedAsync(context.DnsEndPoint.Host, allowLoopback, cancellationToken);
        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }

    private static string Describe(IPAddress address) => Classify(address) == WebhookAddressKind.Loopback ? "a loopback address" : "a private or reserved address";

    private static bool InRange(IPAddress address, IPAddress network, int prefix)
    {
        var bytes = address.GetAddressBytes();
        var networkBytes = network.GetAddressBytes();
        if (bytes.Length != networkBytes.Length)
        {
            return false;
        }

        for (var bit = 0; bit < prefix; bit += 8)
        {
            var index = bit / 8;
            var mask = prefix - bit >= 8 ? 0xFF : (byte)(0xFF << (8 - (prefix - bit)));
            if ((bytes[index] & mask) != (networkBytes[index] & mask))
            {
                return false;
            }
        }

        return true;
    }
}
