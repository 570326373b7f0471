namespace PatientNetwork.Gateway.Accounts;

/// <param name="DisplayName">The person's name as colleagues know it.</param>
/// <param name="Roles">One or more of admin, coordinator, doctor, volunteer.</param>
/// <param name="BranchId">The branch (region) the person works for, or none for the whole association.</param>
public sealed record ChangeStaffRequest(string? DisplayName, IReadOnlyList<string>? Roles, string? BranchId = null);
