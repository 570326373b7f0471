using System.Security.Claims;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PatientNetwork.Partnerships.Agreements;

/// <summary>A partner token's scopes, and the same principal without the scopes its partner's agreements no longer allow.</summary>
public static class CappedPrincipal
{
    public static IReadOnlySet<string> ScopesOf(ClaimsPrincipal user) =>
        user.FindAll(Claims.Private.Scope).Select(c => c.Value)
            .Concat(user.FindAll(Claims.Scope).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToHashSet(StringComparer.Ordinal);

    public static ClaimsPrincipal Without(ClaimsPrincipal user, IReadOnlySet<string> dropped)
    {
        var identities = user.Identities.Select(identity =>
        {
            var claims = identity.Claims
                .Where(c => c.Type != Claims.Private.Scope || !dropped.Contains(c.Value))
                .Select(c => c.Type == Claims.Scope
                    ? new Claim(c.Type, string.Join(' ', c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(s => !dropped.Contains(s))), c.ValueType, c.Issuer)
                    : c);
            return new ClaimsIdentity(claims, identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType);
        });
        return new ClaimsPrincipal(identities);
    }
}
