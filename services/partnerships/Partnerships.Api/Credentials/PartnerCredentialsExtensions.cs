using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Validation.AspNetCore;
using PatientNetwork.Partnerships.Infrastructure;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PatientNetwork.Partnerships.Credentials;

public static class PartnerCredentialsExtensions
{
    /// <summary>
    /// OpenIddict as the partners' token server (client credentials only) and as the validator of their tokens,
    /// every token checked against its stored entry so a revocation holds at once; staff tokens stay the default scheme.
    /// </summary>
    public static IHostApplicationBuilder AddPartnerCredentials(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(PartnerTokenOptions.Section);
        builder.Services.Configure<PartnerTokenOptions>(section);
        var options = section.Get<PartnerTokenOptions>() ?? new PartnerTokenOptions();
        var development = builder.Environment.IsDevelopment();

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<PartnershipsDbContext>())
            .AddServer(server =>
            {
                server.SetIssuer(new Uri(options.Issuer));
                server.SetTokenEndpointUris(PartnerTokenApi.TokenPath.TrimStart('/'));
                server.AllowClientCredentialsFlow();
                server.RegisterScopes([.. PartnerScopes.All]);
                server.SetAccessTokenLifetime(options.AccessTokenLifetime);
                AddKeys(server, options, development);
                // TLS ends at the gateway (or the load balancer before it); services listen on plain HTTP behind it.
                server.UseAspNetCore().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                // Each call looks its token up: a revoked credential's tokens are refused from the next call on.
                validation.EnableTokenEntryValidation();
                validation.UseAspNetCore();
            });

        builder.Services.AddSingleton<PartnerRateLimiter>();
        builder.Services.AddHostedService<PartnerTokenPruning>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, PartnerCallGate>();
        var authorization = builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PartnerScopes.AnyPartnerPolicy, policy => PartnerPolicy(policy));
        foreach (var scope in PartnerScopes.All)
        {
            authorization.AddPolicy(PartnerScopes.Policy(scope), policy => PartnerPolicy(policy).RequireAssertion(context => HasScope(context.User, scope)));
        }

        return builder;
    }

    /// <summary>A partner token, and only a partner token: a staff token is not looked at by this scheme.</summary>
    private static AuthorizationPolicyBuilder PartnerPolicy(AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(PartnerClaims.Credential);

    private static bool HasScope(System.Security.Claims.ClaimsPrincipal user, string scope) =>
        user.FindAll(Claims.Private.Scope).Any(claim => claim.Value == scope)
        || user.FindAll(Claims.Scope).Any(claim => claim.Value.Split(' ').Contains(scope));

    private static void AddKeys(OpenIddictServerBuilder server, PartnerTokenOptions options, bool development)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKeyPem) && !string.IsNullOrWhiteSpace(options.EncryptionKey))
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(options.SigningKeyPem);
            server.AddSigningKey(new RsaSecurityKey(rsa));
            server.AddEncryptionKey(new SymmetricSecurityKey(Convert.FromBase64String(options.EncryptionKey)));
            return;
        }

        if (!development)
        {
            throw new InvalidOperationException(
                "PartnerTokens:SigningKeyPem and PartnerTokens:EncryptionKey are not configured. The app host sets them for local runs; in production take them from the secret store.");
        }

        // A single development instance only: tokens do not survive a restart, and replicas would not share keys.
        server.AddEphemeralSigningKey();
        server.AddEphemeralEncryptionKey();
    }
}
