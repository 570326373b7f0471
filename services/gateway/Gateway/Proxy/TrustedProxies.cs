using System.Diagnostics.CodeAnalysis;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace PatientNetwork.Gateway.Proxy;

/// <summary>
/// The load balancers or TLS terminators in front of the gateway whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> are believed. Anyone can send those headers, so only the listed
/// addresses are trusted; with none listed (local runs) the headers are ignored and the client
/// address is the connection's. The public rate limit is per client address, so behind an
/// unlisted proxy every partner would share one limit.
/// </summary>
public sealed record TrustedProxies(IReadOnlyList<IPAddress> Proxies, IReadOnlyList<IPNetwork> Networks)
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Reads <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR), failing on a value that is neither.</summary>
    /// <exception cref="InvalidOperationException">A configured value does not parse.</exception>
    public static TrustedProxies Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = Parse<IPAddress>(section.GetSection("KnownProxies"), IPAddress.TryParse, "an IP address such as 10.0.0.4");
        var networks = Parse<IPNetwork>(section.GetSection("KnownNetworks"), IPNetwork.TryParse, "a network in CIDR notation such as 10.0.0.0/24");
        return new TrustedProxies(proxies, networks);
    }

    public void ApplyTo(ForwardedHeadersOptions options)
    {
        // With both lists empty the middleware would believe anyone, so nothing listed means nothing forwarded.
        options.ForwardedHeaders = Proxies.Count + Networks.Count == 0
            ? ForwardedHeaders.None
            : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        // ASP.NET Core trusts loopback by default; here only what is configured is trusted.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in Proxies)
        {
            options.KnownProxies.Add(proxy);
        }

        foreach (var network in Networks)
        {
            options.KnownIPNetworks.Add(network);
        }
    }

    private delegate bool TryParse<T>(string value, [NotNullWhen(true)] out T? result);

    private static List<T> Parse<T>(IConfigurationSection section, TryParse<T> tryParse, string expected)
    {
        var values = new List<T>();
        foreach (var entry in section.GetChildren())
        {
            if (!tryParse(entry.Value?.Trim() ?? "", out var value))
            {
                throw new InvalidOperationException($"Configuration '{entry.Path}' is '{entry.Value}', which is not {expected}.");
            }

            values.Add(value);
        }

        return values;
    }
}
