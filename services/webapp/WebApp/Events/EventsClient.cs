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

    public Task<ApiResult<AwarenessEvent>> EventAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<AwarenessEvent>($"/api/events/events/{id}", cancellationToken);

    public Task<ApiResult<Paged<EventRegistration>>> RegistrationsAsync(Guid id, int page, CancellationToken cancellationToken) =>
        GetAsync<Paged<EventRegistration>>($"/api/events/events/{id}/registrations?page={page}&pageSize=50", cancellationToken);

    /// <summary>Counts a party in or out at the door, by the code on their confirmation.</summary>
    public Task<ApiResult<CheckInResult>> CheckInAsync(Guid id, string code, bool entry, CancellationToken cancellationToken) =>
        PostAsync<CheckInResult>($"/api/events/events/{id}/check-ins", new { code, direction = entry ? "entry" : "exit" }, cancellationToken);
}

public sealed record AwarenessEvent(Guid Id, string? BranchId, string Title, string Kind, string Audience, string Status, string? City, string? Venue, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int? Capacity);

public sealed record EventRegistration(Guid Id, long Number, string Status, string Channel, int Adults, int Children, int PartySize, DateTimeOffset RegisteredAt, int? WaitlistPosition, bool Inside, string? Name, string? Code);

public sealed record CheckInResult(Guid RegistrationId, int PartySize, bool Inside, bool Counted, int PeopleInside, int? PeopleInsideCap);
