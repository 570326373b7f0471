using Yarp.ReverseProxy.Configuration;

namespace PatientNetwork.Gateway.Proxy;

/// <summary>
/// The front door's map: <c>/api/{service}/**</c> to each service for signed-in staff (the gateway
/// checks the token, and each service checks it again), <c>/public/v1/**</c> to Partnerships for
/// partners and the public, except public registrations for an event
/// (<c>/public/v1/events/{id}/registrations/**</c>) and blood-drive bookings (<c>/public/v1/blood-drives/**</c>), which Events takes itself, and public campaigns
/// (<c>/public/v1/campaigns/**</c>), which Funding takes. Addresses come from Aspire-style service discovery configuration
/// (<c>services:registry:http:0</c>). Every other path (<c>/</c>, pages, assets, <c>/_blazor</c>) goes to the staff web app.
/// </summary>
public static class ProxyRoutes
{
    public static readonly IReadOnlyList<string> Services = ["registry", "funding", "events", "partnerships"];

    /// <summary>The parts of <c>/public/v1</c> that a service other than Partnerships answers.</summary>
    private static readonly (string RouteId, string Service, string Path)[] PublicRoutesOfOtherServices =
    [
        ("public-event-registrations", "events", "/public/v1/events/{id}/registrations/{**rest}"),
        ("public-blood-drives", "events", "/public/v1/blood-drives/{**rest}"),
        ("public-campaigns", "funding", "/public/v1/campaigns"),
        ("public-campaigns-rest", "funding", "/public/v1/campaigns/{**rest}"),
    ];

    public static IReadOnlyList<RouteConfig> Routes()
    {
        var routes = Services.Select(service => new RouteConfig
        {
            RouteId = $"api-{service}",
            ClusterId = service,
            AuthorizationPolicy = "default",
            Match = new RouteMatch { Path = $"/api/{service}/{{**rest}}" },
            Transforms = [new Dictionary<string, string> { ["PathRemovePrefix"] = $"/api/{service}" }],
        }).ToList();
        routes.AddRange(PublicRoutesOfOtherServices.Select(route => new RouteConfig
        {
            RouteId = route.RouteId,
            ClusterId = route.Service,
            AuthorizationPolicy = "anonymous",
            // Before the "public" route's catch-all to Partnerships.
            Order = -1,
            Match = new RouteMatch { Path = route.Path },
        }));
        // Everything no other route or endpoint takes is the staff web app: its pages, assets and
        // SignalR circuit. Anonymous here (the web app signs people in itself with its own cookie);
        // the original Host travels on so the app's redirects and cookies name the gateway.
        routes.Add(new RouteConfig
        {
            RouteId = "webapp",
            ClusterId = WebApp,
            AuthorizationPolicy = "anonymous",
            Order = int.MaxValue,
            Match = new RouteMatch { Path = "/{**catch-all}" },
            Transforms = [new Dictionary<string, string> { ["RequestHeaderOriginalHost"] = "true" }],
        });
        routes.Add(new RouteConfig
        {
            RouteId = "public",
            ClusterId = "partnerships",
            AuthorizationPolicy = "anonymous",
            Match = new RouteMatch { Path = "/public/v1/{**rest}" },
        });
        return routes;
    }

    /// <summary>The staff web app's cluster: behind the catch-all route, with no <c>/api</c> route of its own.</summary>
    public const string WebApp = "webapp";

    public static IReadOnlyList<ClusterConfig> Clusters(IConfiguration configuration) =>
        Services.Append(WebApp).Select(service => new ClusterConfig
        {
            ClusterId = service,
            Destinations = new Dictionary<string, DestinationConfig>
            {
                [$"{service}-0"] = new() { Address = configuration[$"services:{service}:http:0"]
                    ?? throw new InvalidOperationException($"services:{service}:http:0 is not configured (the app host sets services__{service}__http__0).") },
            },
        }).ToList();
}
