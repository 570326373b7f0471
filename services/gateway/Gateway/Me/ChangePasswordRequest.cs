namespace PatientNetwork.Gateway.Me;

/// <param name="CurrentPassword">The password used to sign in.</param>
/// <param name="NewPassword">The new password: at least 12 characters, not a common one, not the login or name.</param>
public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
