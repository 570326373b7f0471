using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace PatientNetwork.ServiceDefaults;

public static partial class Extensions
{
    /// <summary>
    /// Every service validates the staff token itself (the gateway is not the only guard), signature
    /// and shape (<see cref="StaffTokenRules"/>), and every endpoint requires it unless it opts out with AllowAnonymous.
    /// </summary>
    public static TBuilder AddStaffAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var options = builder.Configuration.GetSection(StaffTokenOptions.Section).Get<StaffTokenOptions>() ?? new StaffTokenOptions();
        // Loaded now, so a missing key stops the service at start-up rather than at its first request.
        var publicKey = LoadPublicKey(options);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    IssuerSigningKey = publicKey,
                    NameClaimType = StaffClaimTypes.Login,
                    RoleClaimType = StaffClaimTypes.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                jwt.Events = new JwtBearerEvents
                {
                    OnTokenValidated = context =>
                    {
                        if (StaffTokenRules.FindViolation(context.SecurityToken, context.Principal!) is { } violation)
                        {
                            context.Fail(violation);
                        }

                        return Task.CompletedTask;
                    },
                };
            });
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    private static RsaSecurityKey LoadPublicKey(StaffTokenOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.PublicKeyPem))
        {
            throw new InvalidOperationException(
                "Auth:PublicKeyPem is not configured. The app host sets Auth__PublicKeyPem for local runs; in production take it from the secret store.");
        }

        var rsa = RSA.Create();
        rsa.ImportFromPem(options.PublicKeyPem);
        return new RsaSecurityKey(rsa);
    }
}
