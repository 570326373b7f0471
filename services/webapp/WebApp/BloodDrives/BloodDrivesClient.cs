using Microsoft.AspNetCore.Components;
using PatientNetwork.WebApp.Account;
using PatientNetwork.WebApp.Gateway;

namespace PatientNetwork.WebApp.BloodDrives;

/// <summary>Blood drives through the gateway (<c>/api/events/blood-drives/**</c>); Events scopes every answer to the staff member's branch.</summary>
public sealed class BloodDrivesClient(HttpClient http, StaffSession session, NavigationManager navigation, ILogger<BloodDrivesClient> logger)
    : GatewayClient(http, session, navigation, logger)
{
    public Task<ApiResult<Paged<BloodDriveItem>>> DrivesAsync(int page, CancellationToken cancellationToken) =>
        GetAsync<Paged<BloodDriveItem>>($"/api/events/blood-drives?page={page}&pageSize=20&sort=-startsAt", cancellationToken);

    public Task<ApiResult<BloodDrive>> DriveAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<BloodDrive>($"/api/events/blood-drives/{id}", cancellationToken);

    public Task<ApiResult<List<DriveSlot>>> SlotsAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<List<DriveSlot>>($"/api/events/blood-drives/{id}/slots", cancellationToken);

    public Task<ApiResult<List<TransportRun>>> RunsAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<List<TransportRun>>($"/api/events/blood-drives/{id}/runs", cancellationToken);

    /// <summary>The slot's list at the door (Events audits the read; phones only for coordinators and admins).</summary>
    public Task<ApiResult<List<DoorListEntry>>> DoorListAsync(Guid id, Guid slotId, CancellationToken cancellationToken) =>
        GetAsync<List<DoorListEntry>>($"/api/events/blood-drives/{id}/slots/{slotId}/bookings", cancellationToken);

    /// <summary>Counts a donor into the waiting room by their booking code.</summary>
    public Task<ApiResult<DriveCheckIn>> CheckInAsync(Guid id, string code, CancellationToken cancellationToken) =>
        PostAsync<DriveCheckIn>($"/api/events/blood-drives/{id}/check-ins", new { code, direction = "entry" }, cancellationToken);

    /// <summary>The transfusion centre's outcome for a booking: donated, deferred-on-site or not-presented.</summary>
    public Task<ApiResult<DriveBooking>> OutcomeAsync(Guid id, Guid bookingId, string outcome, CancellationToken cancellationToken) =>
        PostAsync<DriveBooking>($"/api/events/blood-drives/{id}/bookings/{bookingId}/outcome", new { outcome }, cancellationToken);
}
