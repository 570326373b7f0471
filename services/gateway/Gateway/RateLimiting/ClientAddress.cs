using System.Net;
using System.Net.Sockets;

namespace PatientNetwork.Gateway.RateLimiting;

/// <summary>
/// Who a client is for the limits kept per client: its address as the gateway sees it (after a
/// trusted proxy's <c>X-Forwarded-For</c>, see TrustedProxies). An IPv6 client is its /64 network,
/// since one host is routinely given a whole /64 and could otherwise take a fresh address per request.
/// </summary>
public static class ClientAddress
{
    public const string Unknown = "unknown";

    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
