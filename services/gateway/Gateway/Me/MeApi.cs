using Microsoft.AspNetCore.Http.HttpResults;
using PatientNetwork.Gateway.Audit;
using PatientNetwork.Gateway.Auth;
using PatientNetwork.Gateway.Passwords;
using PatientNetwork.Gateway.RateLimiting;
using PatientNetwork.Gateway.Sessions;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Gateway.Me;

/// <summary>The signed-in staff member's own account and sessions.</summary>
public static class MeApi
{
    public static RouteGroupBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/auth").WithTags("Authentication").RequireAuthorization();
        group.MapGet("/me", GetMe);
        group.MapPut("/me/language", ChooseLanguage).Validate<LanguageRequest>();
        group.MapPost("/password", ChangePassword).Validate<ChangePasswordRequest>().ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/sign-out", SignOut);
        group.MapPost("/sign-out-everywhere", SignOutEverywhere);
        return group;
    }

    /// <summary>The signed-in account: login, name, association, branch, roles, whether two-factor sign-in is on, and the language chosen.</summary>
    public static async Task<Results<Ok<MeResponse>, UnauthorizedHttpResult>> GetMe(HttpContext http, GatewayDbContextAccess access, CancellationToken cancellationToken)
    {
        var account = await access.SignedInAsync(http, cancellationToken);
        return account is null
            ? TypedResults.Unauthorized()
            : TypedResults.Ok(new MeResponse(account.Id, account.Login, account.DisplayName, account.AssociationId, account.BranchId, account.Roles, account.TwoFactorEnabled, account.Language));
    }

    /// <summary>Remembers the language of the web app for this account ("ar", "fr" or "en").</summary>
    public static async Task<Results<NoContent, UnauthorizedHttpResult>> ChooseLanguage(
        LanguageRequest request, HttpContext http, GatewayDbContextAccess access, StaffAuditTrail audit, CancellationToken cancellationToken)
    {
        var account = await access.SignedInAsync(http, cancellationToken);
        if (account is null)
        {
            return TypedResults.Unauthorized();
        }

        account.ChooseLanguage(request.Language!);
        audit.BySelf(account, StaffAuditActions.LanguageChanged, request.Language);
        await access.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Changes the own password (the current one is checked and counted like a sign-in); every other session of the account is signed out.</summary>
    public static async Task<Results<NoContent, ValidationProblem, UnauthorizedHttpResult, ProblemHttpResult>> ChangePassword(
        ChangePasswordRequest request, HttpContext http, [AsParameters] SignInServices services, GatewayDbContextAccess access, PasswordPolicy policy, CancellationToken cancellationToken)
    {
        var account = await access.SignedInAsync(http, cancellationToken);
        if (account is null)
        {
            return TypedResults.Unauthorized();
        }

        var attempt = await services.Limiter.BeginAsync(account.Login, ClientAddress.Of(http));
        if (!attempt.Allowed)
        {
            return RateLimitMiddleware.TooManyRequests(http, attempt.Window.Left, attempt.Explanation);
        }

        if (!services.Passwords.Accept(account, request.CurrentPassword!))
        {
            services.Audit.Refused(account, account.Login, StaffAuditActions.PasswordChanged, StaffAuditReasons.WrongCurrentPassword);
            await services.Db.SaveChangesAsync(cancellationToken);
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["currentPassword"] = ["The current password is wrong."] });
        }

        await services.Limiter.RefundAsync(attempt);
        if (policy.Refusal(request.NewPassword!, account.Login, account.DisplayName) is { } refusal)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["newPassword"] = [refusal] });
        }

        account.SetPasswordHash(services.Passwords.Hash(account, request.NewPassword!), services.Time.GetUtcNow());
        services.Audit.BySelf(account, StaffAuditActions.PasswordChanged);
        await services.Db.SaveChangesAsync(cancellationToken);
        await services.Sessions.EndAllAsync(account.Id, SessionEndReason.PasswordChanged, cancellationToken, except: SessionClaims.Of(http.User)?.Session);
        return TypedResults.NoContent();
    }

    /// <summary>Signs this session out: its token is refused from now on.</summary>
    public static async Task<Results<NoContent, UnauthorizedHttpResult>> SignOut(
        HttpContext http, GatewayDbContextAccess access, SessionStore sessions, StaffAuditTrail audit, CancellationToken cancellationToken)
    {
        var account = await access.SignedInAsync(http, cancellationToken);
        if (account is null || SessionClaims.Of(http.User) is not { } session)
        {
            return TypedResults.Unauthorized();
        }

        audit.BySelf(account, StaffAuditActions.SignedOut);
        await access.Db.SaveChangesAsync(cancellationToken);
        await sessions.EndAsync(session.Session, SessionEndReason.SignedOut, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Signs out every session of the account, this one included.</summary>
    public static async Task<Results<NoContent, UnauthorizedHttpResult>> SignOutEverywhere(
        HttpContext http, GatewayDbContextAccess access, SessionStore sessions, StaffAuditTrail audit, CancellationToken cancellationToken)
    {
        var account = await access.SignedInAsync(http, cancellationToken);
        if (account is null)
        {
            return TypedResults.Unauthorized();
        }

        audit.BySelf(account, StaffAuditActions.SignedOutEverywhere);
        await access.Db.SaveChangesAsync(cancellationToken);
        await sessions.EndAllAsync(account.Id, SessionEndReason.SignedOutEverywhere, cancellationToken);
        return TypedResults.NoContent();
    }
}
