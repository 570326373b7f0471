using Microsoft.AspNetCore.Components;
using PatientNetwork.WebApp.Account;
using PatientNetwork.WebApp.Gateway;

namespace PatientNetwork.WebApp.Equipment;

/// <summary>Funding's equipment through the gateway (<c>/api/funding/equipment/**</c>); Funding decides who may do what and answers 403 otherwise.</summary>
public sealed class EquipmentClient(HttpClient http, StaffSession session, NavigationManager navigation, ILogger<EquipmentClient> logger)
    : GatewayClient(http, session, navigation, logger)
{
    private const string Root = "/api/funding/equipment";

    public Task<ApiResult<Paged<EquipmentItem>>> InStockAsync(CancellationToken cancellationToken) =>
        GetAsync<Paged<EquipmentItem>>($"{Root}/items?status=in-stock&pageSize=100", cancellationToken);

    public Task<ApiResult<Paged<EquipmentItem>>> ItemsAsync(StockFilter filter, int page, CancellationToken cancellationToken) =>
        GetAsync<Paged<EquipmentItem>>($"{Root}/items?page={page}&pageSize=20{Query("status", filter.Status)}{Query("typeId", filter.TypeId)}{Query("locationId", filter.LocationId)}", cancellationToken);

    public Task<ApiResult<EquipmentItem>> ItemAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<EquipmentItem>($"{Root}/items/{id}", cancellationToken);

    /// <summary>The key is the form's: a double press, or a retry after a lost answer, enters (and for a purchase, pays) once.</summary>
    public Task<ApiResult<EquipmentItem>> EnterAsync(NewEquipmentItem item, string idempotencyKey, CancellationToken cancellationToken) =>
        PostAsync<EquipmentItem>($"{Root}/items", item, cancellationToken, idempotencyKey);

    public Task<ApiResult<EquipmentItem>> MaintainAsync(Guid id, NewMaintenance maintenance, CancellationToken cancellationToken) =>
        PostAsync<EquipmentItem>($"{Root}/items/{id}/maintenance", maintenance, cancellationToken);

    public Task<ApiResult<List<EquipmentType>>> TypesAsync(CancellationToken cancellationToken) =>
        GetAsync<List<EquipmentType>>($"{Root}/types", cancellationToken);

    public Task<ApiResult<EquipmentType>> CreateTypeAsync(NewEquipmentType type, CancellationToken cancellationToken) =>
        PostAsync<EquipmentType>($"{Root}/types", type, cancellationToken);

    public Task<ApiResult<List<EquipmentLocation>>> LocationsAsync(CancellationToken cancellationToken) =>
        GetAsync<List<EquipmentLocation>>($"{Root}/locations", cancellationToken);

    public Task<ApiResult<EquipmentLocation>> CreateLocationAsync(NewEquipmentLocation location, CancellationToken cancellationToken) =>
        PostAsync<EquipmentLocation>($"{Root}/locations", location, cancellationToken);

    public Task<ApiResult<Paged<WaitingChild>>> WaitingListAsync(int page, CancellationToken cancellationToken, string? regionCode = null) =>
        GetAsync<Paged<WaitingChild>>($"{Root}/waiting-list?page={page}&pageSize={(regionCode is null ? 20 : 100)}{Query("regionCode", regionCode)}", cancellationToken);

    public Task<ApiResult<Assignment>> AssignAsync(Guid itemId, NewAssignment assignment, CancellationToken cancellationToken) =>
        PostAsync<Assignment>($"{Root}/items/{itemId}/assignments", assignment, cancellationToken);

    public Task<ApiResult<Paged<Assignment>>> OpenAssignmentsAsync(int page, CancellationToken cancellationToken) =>
        GetAsync<Paged<Assignment>>($"{Root}/assignments?open=true&page={page}&pageSize=20", cancellationToken);

    public Task<ApiResult<Assignment>> ReturnAsync(Guid assignmentId, EquipmentReturn back, CancellationToken cancellationToken) =>
        PostAsync<Assignment>($"{Root}/assignments/{assignmentId}/return", back, cancellationToken);

    public Task<ApiResult<List<DistributionDay>>> DaysAsync(CancellationToken cancellationToken) =>
        GetAsync<List<DistributionDay>>($"{Root}/distribution-days", cancellationToken);

    public Task<ApiResult<DistributionDay>> DayAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<DistributionDay>($"{Root}/distribution-days/{id}", cancellationToken);

    public Task<ApiResult<DistributionDay>> PlanDayAsync(NewDistributionDay day, CancellationToken cancellationToken) =>
        PostAsync<DistributionDay>($"{Root}/distribution-days", day, cancellationToken);

    public Task<ApiResult<Reservation>> ReserveAsync(Guid dayId, NewReservation reservation, CancellationToken cancellationToken) =>
        PostAsync<Reservation>($"{Root}/distribution-days/{dayId}/reservations", reservation, cancellationToken);

    public Task<ApiResult<Reservation>> HandOutAsync(Guid dayId, Guid reservationId, HandOut handOut, CancellationToken cancellationToken) =>
        PostAsync<Reservation>($"{Root}/distribution-days/{dayId}/reservations/{reservationId}/hand-out", handOut, cancellationToken);

    public Task<ApiResult<Reservation>> NotHandedOutAsync(Guid dayId, Guid reservationId, NotHandedOut notHandedOut, CancellationToken cancellationToken) =>
        PostAsync<Reservation>($"{Root}/distribution-days/{dayId}/reservations/{reservationId}/not-handed-out", notHandedOut, cancellationToken);

    private static string Query(string name, object? value) => value is null ? "" : $"&{name}={Uri.EscapeDataString(value.ToString()!)}";
}
