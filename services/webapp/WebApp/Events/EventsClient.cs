using Microsoft.AspNetCore.Components;
using PatientNetwork.WebApp.Account;
using PatientNetwork.WebApp.Gateway;

namespace PatientNetwork.WebApp.Events;

/// <summary>Events through the gateway (<c>/api/events/**</c>).</summary>
public sealed class EventsClient(HttpClient http, StaffSession session, NavigationManager navigation, ILogger<EventsClient> logger)
    : GatewayClient(http, session, navigation, logger)
{
    public Task<ApiResult<Paged<AwarenessEvent>>> EventsAsync(int page, CancellationToken cancellationToken) =>
        GetAsync<Paged<AwarenessEvent>>($"/api/events/events?page={page}&pageSize=20", cancellationToken);
}

public sealed record AwarenessEvent(Guid Id, string? BranchId, string Title, string Kind, string Audience, string Status, string? City, string? Venue, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int? Capacity);
