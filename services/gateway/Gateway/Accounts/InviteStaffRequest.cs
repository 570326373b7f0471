namespace PatientNetwork.Gateway.Accounts;

/// <param name="Login">Lower-case letters, digits, '.', '-', '_' or '@', 3 to 100 characters; unique across PatientNetwork.</param>
/// <param name="DisplayName">The person's name as colleagues know it.</param>
/// <param name="Roles">One or more of admin, coordinator, doctor, volunteer.</param>
/// <param name="BranchId">The branch (region) the person works for, or none for the whole association.</param>
/// <param name="Language">"ar", "fr" or "en"; French when not given.</param>
public sealed record InviteStaffRequest(string? Login, string? DisplayName, IReadOnlyList<string>? Roles, string? BranchId = null, string? Language = null);
