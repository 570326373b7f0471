using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Gateway.Audit;
using PatientNetwork.Gateway.Auth;
using PatientNetwork.Gateway.Codes;
using PatientNetwork.Gateway.RateLimiting;
using PatientNetwork.Gateway.Sessions;
using PatientNetwork.Gateway.Staff;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Gateway.Passwords;

/// <summary>Setting a password with a one-time code from an admin: the first one (invitation) or a new one (reset).</summary>
public static class PasswordCodesApi
{
    public static RouteGroupBuilder MapPasswordCodesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/auth").WithTags("Authentication").AllowAnonymous();
        group.MapPost("/invitations/accept", AcceptInvitation).Validate<SetPasswordRequest>().ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/password-reset", ResetPassword).Validate<SetPasswordRequest>().ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    /// <summary>Sets the first password of an invited account with the invitation code; the person then signs in (and enrols a second factor if the role needs one).</summary>
    public static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> AcceptInvitation(
        SetPasswordRequest request, HttpContext http, [AsParameters] SignInServices services, PasswordPolicy policy, CancellationToken cancellationToken) =>
        SetPasswordAsync(request, http, services, policy, OneTimeCodePurpose.Invitation, cancellationToken);

    /// <summary>Sets a new password with the code of an admin's reset; every session of the account is signed out.</summary>
    public static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ResetPassword(
        SetPasswordRequest request, HttpContext http, [AsParameters] SignInServices services, PasswordPolicy policy, CancellationToken cancellationToken) =>
        SetPasswordAsync(request, http, services, policy, OneTimeCodePurpose.PasswordReset, cancellationToken);

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SetPasswordAsync(
        SetPasswordRequest request, HttpContext http, SignInServices services, PasswordPolicy policy, OneTimeCodePurpose purpose, CancellationToken cancellationToken)
    {
        var login = StaffAccount.NormalizeLogin(request.Login!);
        // Codes are guessed like passwords, so they count in the same limits.
        var attempt = await services.Limiter.BeginAsync(login, ClientAddress.Of(http));
        if (!attempt.Allowed)
        {
            return RateLimitMiddleware.TooManyRequests(http, attempt.Window.Left, attempt.Explanation);
        }

        var account = await services.Db.StaffAccounts.FirstOrDefaultAsync(a => a.Login == login, cancellationToken);
        var hash = OneTimeCodes.Hash(request.Code!);
        var now = services.Time.GetUtcNow();
        var codeIsLive = account is { Disabled: false } && await services.Db.OneTimeCodes
            .AnyAsync(c => c.AccountId == account.Id && c.Purpose == purpose && c.CodeHash == hash && c.UsedAt == null && c.ExpiresAt > now, cancellationToken);
        if (!codeIsLive)
        {
            services.Audit.Refused(account, login, StaffAuditActions.CodeRefused, purpose == OneTimeCodePurpose.Invitation ? StaffAuditReasons.WrongInvitationCode : StaffAuditReasons.WrongResetCode);
            await services.Db.SaveChangesAsync(cancellationToken);
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["The login or the code is wrong, or the code has expired or was used; ask your association's admin for a new one."] });
        }

        // The code was right: a refused password is not a guess.
        await services.Limiter.RefundAsync(attempt);
        if (policy.Refusal(request.NewPassword!, account!.Login, account.DisplayName) is { } refusal)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["newPassword"] = [refusal] });
        }

        await using var transaction = await services.Db.Database.BeginTransactionAsync(cancellationToken);
        if (!await services.Codes.UseAsync(account.Id, purpose, request.Code!, cancellationToken))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["The code was used meanwhile; ask your association's admin for a new one."] });
        }

        account.SetPasswordHash(services.Passwords.Hash(account, request.NewPassword!), now);
        services.Audit.BySelf(account, purpose == OneTimeCodePurpose.Invitation ? StaffAuditActions.InvitationAccepted : StaffAuditActions.PasswordResetCompleted);
        await services.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (purpose == OneTimeCodePurpose.PasswordReset)
        {
            await services.Sessions.EndAllAsync(account.Id, SessionEndReason.PasswordChanged, cancellationToken);
        }

        return TypedResults.NoContent();
    }
}
