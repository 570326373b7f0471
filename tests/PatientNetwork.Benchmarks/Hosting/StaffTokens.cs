using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Benchmarks.Hosting;

/// <summary>
/// Signs a staff token the way the gateway's StaffTokenIssuer does (same claims, issuer, audience
/// and RSA key from the app host's secrets), since the gateway is not hosted in a benchmark.
/// </summary>
public static class StaffTokens
{
    public static string Issue(string signingKeyPem, string login, string associationId, string role, TimeSpan lifetime)
    {
        using var key = RSA.Create();
        key.ImportFromPem(signingKeyPem);
        var now = DateTime.UtcNow;
        var options = new StaffTokenOptions();
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(
            [
                new Claim(StaffClaimTypes.Subject, Guid.NewGuid().ToString()),
                new Claim(StaffClaimTypes.Login, login),
                new Claim(StaffClaimTypes.Name, "Benchmark"),
                new Claim(StaffClaimTypes.Association, associationId),
                new Claim(StaffClaimTypes.Role, role),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString()),
            ]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(lifetime),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key), SecurityAlgorithms.RsaSha256),
        });
    }
}
