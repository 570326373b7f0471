using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PatientNetwork.Gateway.Sessions;
using PatientNetwork.Gateway.Staff;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Gateway.Auth;

/// <summary>Signs the JWT that carries a staff member's association, branch and roles to every service.</summary>
public sealed class StaffTokenIssuer : IDisposable
{
    private readonly RSA key;
    private readonly SigningCredentials credentials;
    private readonly SigningKeyOptions options;
    private readonly TimeProvider time;
    private readonly JsonWebTokenHandler handler = new();

    public StaffTokenIssuer(IOptions<SigningKeyOptions> options, TimeProvider time)
    {
        this.options = options.Value;
        this.time = time;
        if (string.IsNullOrWhiteSpace(this.options.SigningKeyPem))
        {
            throw new InvalidOperationException("Auth:SigningKeyPem is not configured. The app host sets Auth__SigningKeyPem for local runs; in production take it from the secret store.");
        }

        key = RSA.Create();
        key.ImportFromPem(this.options.SigningKeyPem);
        credentials = new SigningCredentials(new RsaSecurityKey(key), SecurityAlgorithms.RsaSha256);
    }

    /// <summary>The token of one session: it names the session (<c>sid</c>) and expires with it.</summary>
    public string Issue(StaffAccount account, StaffSession session)
    {
        var claims = new List<Claim>
        {
            new(StaffClaimTypes.Subject, account.Id.ToString()),
            new(StaffClaimTypes.Login, account.Login),
            new(StaffClaimTypes.Name, account.DisplayName),
            new(StaffClaimTypes.Association, account.AssociationId),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString()),
            new(SessionClaims.SessionId, session.Id.ToString()),
        };
        if (account.BranchId is not null)
        {
            claims.Add(new Claim(StaffClaimTypes.Branch, account.BranchId));
        }

        claims.AddRange(account.Roles.Select(role => new Claim(StaffClaimTypes.Role, role)));
        var now = time.GetUtcNow().UtcDateTime;
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = session.ExpiresAt.UtcDateTime,
            SigningCredentials = credentials,
        });
    }

    public void Dispose() => key.Dispose();
}
