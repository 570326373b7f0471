using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Validation.AspNetCore;
using PatientNetwork.Partnerships.Agreements;
using PatientNetwork.Partnerships.Infrastructure;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PatientNetwork.Partnerships.Credentials;

/// <summary>
/// Where a partner call passes once its token is valid: its credential must still be live (revoked or expired ones
/// are refused even if a token entry was missed), the partner's rate limit applies (429 with Retry-After), the token's
/// scopes are cut to what the partner's agreements in force still share (a call that needs a cut scope is refused
/// 403), and the call is audited with what it was answered, refusals of scope (403) included. Staff calls pass straight through.
/// </summary>
public sealed partial class PartnerCallGate(IServiceScopeFactory scopes, PartnerRateLimiter limiter, PartnerScopeCap scopeCap, TimeProvider time, ILogger<PartnerCallGate> logger)
    : IAuthorizationMiddlewareResultHandler
{
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromSeconds(30);
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!policy.AuthenticationSchemes.Contains(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            || context.User.FindFirst(PartnerClaims.Credential)?.Value is not { } credentialClaim
            || !Guid.TryParse(credentialClaim, out var credentialId)
            || context.User.FindFirst(Claims.Subject)?.Value is not { } partnerId)
        {
            await standard.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnershipsDbContext>();
        var now = time.GetUtcNow();
        var credential = await db.Set<PartnerCredential>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == credentialId, context.RequestAborted);
        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnerId, context.RequestAborted);
        try
        {
            if (credential is null || partner is null || credential.PartnerId != partnerId || !credential.IsLiveAt(now))
            {
                await Problem(context, StatusCodes.Status401Unauthorized, "The credential is revoked or expired.", "Ask the association for a new credential.");
                return;
            }

            if (await limiter.AcquireAsync(partnerId, partner.RequestsPerMinute) is { } retryAfter)
            {
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Problem(context, StatusCodes.Status429TooManyRequests, "Too many requests.",
                    $"The partner's limit of {partner.RequestsPerMinute} calls a minute is reached. Try again in {seconds} seconds.");
                return;
            }

            if (authorizeResult.Succeeded && await CappedAsync(scope.ServiceProvider, db, partnerId, context, policy) is { Count: > 0 } refused)
            {
                await Problem(context, StatusCodes.Status403Forbidden, "The partner's agreements no longer share this scope.",
                    $"No agreement in force shares {string.Join(", ", refused)} any more; the association can tell you more.");
                return;
            }

            await standard.HandleAsync(next, context, policy, authorizeResult);
        }
        finally
        {
            await AuditAsync(db, partnerId, credentialId, credential, context, now);
        }
    }

    /// <summary>
    /// Cuts the token's scopes to the partner's cap (read at most a few seconds ago) and authorizes the call again with
    /// what is left; answers the cut scopes when the call needed one of them, else none.
    /// </summary>
    private async Task<IReadOnlyList<string>> CappedAsync(IServiceProvider services, PartnershipsDbContext db, string partnerId, HttpContext context, AuthorizationPolicy policy)
    {
        var cap = await scopeCap.ForCallAsync(db, partnerId, context.RequestAborted);
        var dropped = CappedPrincipal.ScopesOf(context.User).Where(scope => !cap.Contains(scope)).ToHashSet(StringComparer.Ordinal);
        if (dropped.Count == 0)
        {
            return [];
        }

        context.User = CappedPrincipal.Without(context.User, dropped);
        var again = await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(context.User, context, policy);
        return again.Succeeded ? [] : dropped.Order(StringComparer.Ordinal).ToList();
    }

    private async Task AuditAsync(PartnershipsDbContext db, string partnerId, Guid credentialId, PartnerCredential? credential, HttpContext context, DateTimeOffset now)
    {
        try
        {
            var path = context.Request.Path.Value ?? "";
            db.Set<PartnerCall>().Add(new PartnerCall(partnerId, credentialId, context.Request.Method, path.Length > 300 ? path[..300] : path, context.Response.StatusCode, now));
            await db.SaveChangesAsync(CancellationToken.None);
            if (credential is not null && (credential.LastUsedAt is null || credential.LastUsedAt < now - LastUsedResolution))
            {
                await db.Set<PartnerCredential>().Where(c => c.Id == credentialId)
                    .ExecuteUpdateAsync(set => set.SetProperty(c => c.LastUsedAt, now), CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is DbUpdateException or Npgsql.NpgsqlException or InvalidOperationException)
        {
            LogAuditFailed(exception, partnerId);
        }
    }

    private static Task Problem(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);

    [LoggerMessage(EventId = 8602, Level = LogLevel.Error, Message = "A call of partner {PartnerId} could not be audited")]
    private partial void LogAuditFailed(Exception exception, string partnerId);
}
