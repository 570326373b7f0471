namespace PatientNetwork.Gateway.TwoFactor;

/// <param name="EnrollmentToken">The token of the 403 answer to a right password.</param>
public sealed record StartEnrollmentRequest(string? EnrollmentToken);

/// <param name="EnrollmentToken">The token of the 403 answer to a right password.</param>
/// <param name="Code">The authenticator app's current 6-digit code for the new secret.</param>
public sealed record ConfirmEnrollmentRequest(string? EnrollmentToken, string? Code);

/// <param name="Secret">The TOTP secret in base32, for typing into an app that cannot scan.</param>
/// <param name="OtpauthUri">The <c>otpauth://</c> URI the QR code holds.</param>
/// <param name="QrCodeSvg">The QR code as an SVG document.</param>
public sealed record EnrollmentResponse(string Secret, string OtpauthUri, string QrCodeSvg);
