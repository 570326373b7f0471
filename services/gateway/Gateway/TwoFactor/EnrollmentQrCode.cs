using QRCoder;

namespace PatientNetwork.Gateway.TwoFactor;

/// <summary>The <c>otpauth://</c> URI of a secret (Google Authenticator's key URI format) and its QR code as SVG.</summary>
public static class EnrollmentQrCode
{
    public static string Uri(string issuer, string login, string base32Secret) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(login)}" +
        $"?secret={base32Secret}&issuer={System.Uri.EscapeDataString(issuer)}&algorithm=SHA1&digits={TotpCodes.Digits}&period={TotpCodes.StepSeconds}";

    public static string Svg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
