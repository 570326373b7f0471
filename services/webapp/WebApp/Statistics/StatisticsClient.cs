using Microsoft.AspNetCore.Components;
using PatientNetwork.WebApp.Account;
using PatientNetwork.WebApp.Gateway;

namespace PatientNetwork.WebApp.Statistics;

/// <summary>Partnerships' statistics through the gateway: the association's own counts and the release partners read.</summary>
public sealed class StatisticsClient(HttpClient http, StaffSession session, NavigationManager navigation, ILogger<StatisticsClient> logger)
    : GatewayClient(http, session, navigation, logger)
{
    public Task<ApiResult<List<AssociationCount>>> OwnCountsAsync(CancellationToken cancellationToken) =>
        GetAsync<List<AssociationCount>>("/api/partnerships/statistics/counts", cancellationToken);

    public Task<ApiResult<PublishedRelease>> LatestReleaseAsync(CancellationToken cancellationToken) =>
        GetAsync<PublishedRelease>("/public/v1/statistics", cancellationToken);
}
