using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace PatientNetwork.IntegrationTests.Hardening;

/// <summary>
/// Writes a JWS by hand and signs it with the gateway's real key, so a test controls every header
/// and claim: what the gateway's issuer would never write, but a leaked key or a bug elsewhere could.
/// </summary>
public static class TokenForgery
{
    public static string Sign(string signingKeyPem, IReadOnlyDictionary<string, object> header, IReadOnlyDictionary<string, object> claims)
    {
        var signingInput = $"{Encode(header)}.{Encode(claims)}";
        using var rsa = RSA.Create();
        rsa.ImportFromPem(signingKeyPem);
        var signature = rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signingInput}.{Base64UrlEncoder.Encode(signature)}";
    }

    /// <summary>The claims the gateway puts in a coordinator's token, valid for the next hour.</summary>
    public static Dictionary<string, object> StaffClaims()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new()
        {
            ["iss"] = "patientnetwork-gateway",
            ["aud"] = "patientnetwork",
            ["sub"] = Guid.NewGuid().ToString(),
            ["preferred_username"] = "forged.coordinator",
            ["association"] = "amal",
            ["role"] = "coordinator",
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 3600,
        };
    }

    public static Dictionary<string, object> Rs256Header() => new() { ["alg"] = "RS256", ["typ"] = "JWT" };

    private static string Encode(IReadOnlyDictionary<string, object> part) => Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(part));
}
