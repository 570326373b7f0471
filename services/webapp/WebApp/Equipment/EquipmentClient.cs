using Microsoft.AspNetCore.Components;
using PatientNetwork.WebApp.Account;
using PatientNetwork.WebApp.Gateway;

namespace PatientNetwork.WebApp.Equipment;

/// <summary>Funding's equipment through the gateway (<c>/api/funding/equipment/**</c>).</summary>
public sealed class EquipmentClient(HttpClient http, StaffSession session, NavigationManager navigation, ILogger<EquipmentClient> logger)
    : GatewayClient(http, session, navigation, logger)
{
    public Task<ApiResult<Paged<EquipmentItem>>> InStockAsync(CancellationToken cancellationToken) =>
        GetAsync<Paged<EquipmentItem>>("/api/funding/equipment/items?status=in-stock&pageSize=100", cancellationToken);

    public Task<ApiResult<Paged<WaitingChild>>> WaitingListAsync(int page, CancellationToken cancellationToken) =>
        GetAsync<Paged<WaitingChild>>($"/api/funding/equipment/waiting-list?page={page}&pageSize=20", cancellationToken);

    public Task<ApiResult<Assignment>> AssignAsync(Guid itemId, NewAssignment assignment, CancellationToken cancellationToken) =>
        PostAsync<Assignment>($"/api/funding/equipment/items/{itemId}/assignments", assignment, cancellationToken);
}
