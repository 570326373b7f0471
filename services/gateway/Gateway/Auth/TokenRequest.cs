namespace PatientNetwork.Gateway.Auth;

/// <param name="Login">The staff login.</param>
/// <param name="Password">The password.</param>
/// <param name="Code">The 6-digit code of the authenticator app, for an account enrolled in two-factor sign-in.</param>
public sealed record TokenRequest(string? Login, string? Password, string? Code = null);
