namespace PatientNetwork.Gateway.Passwords;

/// <param name="Login">The staff login the code was issued for.</param>
/// <param name="Code">The one-time code from the admin (invitation or password reset).</param>
/// <param name="NewPassword">The new password: at least 12 characters, not a common one, not the login or name.</param>
public sealed record SetPasswordRequest(string? Login, string? Code, string? NewPassword);
