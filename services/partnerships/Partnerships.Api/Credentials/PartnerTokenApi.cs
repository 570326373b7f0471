using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using PatientNetwork.Partnerships.Agreements;
using PatientNetwork.Partnerships.Infrastructure;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PatientNetwork.Partnerships.Credentials;

public static class PartnerTokenApi
{
    public const string TokenPath = "/public/v1/oauth/token";

    public static IEndpointRouteBuilder MapPartnerTokenApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(TokenPath, IssueToken).AllowAnonymous().WithTags("Partner credentials")
            .Accepts<TokenForm>("application/x-www-form-urlencoded")
            .Produces<TokenAnswer>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        app.MapGet("/public/v1/partner", WhoAmI).RequireAuthorization(PartnerScopes.AnyPartnerPolicy).WithTags("Partner credentials");
        return app;
    }

    /// <summary>
    /// OAuth2 client credentials (RFC 6749 §4.4): <c>grant_type=client_credentials</c>, <c>client_id</c>, <c>client_secret</c>
    /// and optionally <c>scope</c> (space-separated, within the credential's scopes; all of them when left out), form-encoded.
    /// Answers an access token for <c>Authorization: Bearer</c>, valid for at most 15 minutes and never beyond the credential's expiry.
    /// The token carries only the scopes that an agreement of the partner in force today still shares.
    /// </summary>
    public static async Task<IResult> IssueToken(
        HttpContext http, PartnershipsDbContext db, PartnerScopeCap scopeCap, TimeProvider time, IOptions<PartnerTokenOptions> options, CancellationToken cancellationToken)
    {
        // OpenIddict has already checked the form, the grant type, the client's secret against its hash and the scopes
        // against the client's permissions before the request passes through to here.
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The token request did not come through OpenIddict.");
        var now = time.GetUtcNow();
        var credential = await db.Set<PartnerCredential>().FirstOrDefaultAsync(c => c.ClientId == request.ClientId, cancellationToken);
        if (credential is null || !credential.IsLiveAt(now))
        {
            return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidClient,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The credential is revoked or expired.",
            }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var requested = request.GetScopes();
        var cap = await scopeCap.CurrentAsync(db, credential.PartnerId, cancellationToken);
        var scopes = (requested.IsEmpty ? credential.Scopes.ToList() : requested.Where(credential.Scopes.Contains).ToList()).Where(cap.Contains).ToList();
        if (scopes.Count == 0)
        {
            return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidScope,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "No agreement of the partner in force today shares the scopes asked for.",
            }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Subject, Claims.Role);
        identity.SetClaim(Claims.Subject, credential.PartnerId);
        identity.SetClaim(PartnerClaims.Credential, credential.Id.ToString());
        identity.SetScopes(scopes);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        var principal = new ClaimsPrincipal(identity);
        var lifetime = credential.ExpiresAt - now;
        if (lifetime < options.Value.AccessTokenLifetime)
        {
            principal.SetAccessTokenLifetime(lifetime);
        }

        credential.MarkUsed(now);
        await db.SaveChangesAsync(cancellationToken);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>The partner and credential a token stands for, with the token's scopes: a partner's first check that its token works.</summary>
    public static async Task<Results<Ok<PartnerIdentityResponse>, NotFound>> WhoAmI(HttpContext http, PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        var partnerId = http.User.FindFirst(Claims.Subject)!.Value;
        var credentialId = Guid.Parse(http.User.FindFirst(PartnerClaims.Credential)!.Value);
        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnerId, cancellationToken);
        var credential = await db.Set<PartnerCredential>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == credentialId, cancellationToken);
        if (partner is null || credential is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(new PartnerIdentityResponse(partner.Id, partner.Name, credential.Id, http.User.GetScopes().Order(StringComparer.Ordinal).ToList(), credential.ExpiresAt, partner.RequestsPerMinute));
    }
}

/// <summary>The form of a token request, for the OpenAPI document (OpenIddict reads the form itself).</summary>
public sealed record TokenForm(string GrantType, string ClientId, string ClientSecret, string? Scope);

/// <summary>A token answer as RFC 6749 §5.1 defines it.</summary>
public sealed record TokenAnswer(string AccessToken, string TokenType, int ExpiresIn, string? Scope);

public sealed record PartnerIdentityResponse(string PartnerId, string PartnerName, Guid CredentialId, IReadOnlyList<string> Scopes, DateTimeOffset CredentialExpiresAt, int RequestsPerMinute);
