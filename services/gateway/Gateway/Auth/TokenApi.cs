using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PatientNetwork.Gateway.Audit;
using PatientNetwork.Gateway.Codes;
using PatientNetwork.Gateway.RateLimiting;
using PatientNetwork.Gateway.Staff;
using PatientNetwork.Gateway.TwoFactor;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Gateway.Auth;

public static partial class TokenApi
{
    private const string WrongCredentials = "Login or password is wrong.";

    public static RouteGroupBuilder MapTokenApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/auth").WithTags("Authentication").AllowAnonymous();
        group.MapPost("/token", IssueToken).Validate<TokenRequest>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    /// <summary>
    /// Exchanges a staff login, password and (for an enrolled account) the authenticator's 6-digit code for a
    /// signed token of a new session. Every attempt is counted before its password is checked, per login and
    /// client address, per client address and per login (429 over a limit); an unknown login and a wrong password
    /// answer the same 401 in the same time. A right password without a valid code answers 401 with
    /// <c>signInStep: two-factor</c> (a wrong or replayed code counts as a failed attempt); a right password of an
    /// account that must enrol a second factor answers 403 with <c>signInStep: two-factor-enrollment</c> and an
    /// <c>enrollmentToken</c>.
    /// </summary>
    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueToken(
        TokenRequest request, HttpContext http, [AsParameters] SignInServices services, IOptions<AccountOptions> accountOptions, CancellationToken cancellationToken)
    {
        var login = StaffAccount.NormalizeLogin(request.Login!);
        var client = ClientAddress.Of(http);
        var logger = services.Loggers.CreateLogger(typeof(TokenApi));
        var attempt = await services.Limiter.BeginAsync(login, client);
        if (!attempt.Allowed)
        {
            LogLimited(logger, login, client, attempt.Refusal);
            return RateLimitMiddleware.TooManyRequests(http, attempt.Window.Left, attempt.Explanation);
        }

        var account = await services.Db.StaffAccounts.AsNoTracking().FirstOrDefaultAsync(s => s.Login == login, cancellationToken);
        var refusal = services.Passwords.Refusal(account, request.Password!);
        if (refusal is not null || account is null)
        {
            LogRejected(logger, login, client);
            await RefuseAsync(services, account, login, refusal ?? StaffAuditReasons.UnknownLogin, cancellationToken);
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: WrongCredentials);
        }

        if (!account.TwoFactorEnabled && account.RequiresTwoFactor)
        {
            await services.Limiter.RefundAsync(attempt);
            var (token, expiresAt) = await services.Codes.IssueAsync(account.Id, OneTimeCodePurpose.TwoFactorEnrollment, accountOptions.Value.EnrollmentLifetime, cancellationToken);
            await RefuseAsync(services, account, login, StaffAuditReasons.EnrollmentRequired, cancellationToken);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "This account signs in with a second factor; enrol an authenticator app first.",
                extensions: new Dictionary<string, object?>
                {
                    [SignInSteps.Extension] = SignInSteps.TwoFactorEnrollment,
                    ["enrollmentToken"] = token,
                    ["enrollmentExpiresAt"] = expiresAt,
                });
        }

        if (account.TwoFactorEnabled)
        {
            var codeRefusal = await CheckCodeAsync(services, account, request.Code, cancellationToken);
            if (codeRefusal is not null)
            {
                if (codeRefusal == StaffAuditReasons.TwoFactorMissing)
                {
                    await services.Limiter.RefundAsync(attempt);
                }
                else
                {
                    LogCodeRejected(logger, login, client, codeRefusal);
                }

                await RefuseAsync(services, account, login, codeRefusal, cancellationToken);
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: codeRefusal == StaffAuditReasons.TwoFactorMissing ? "Enter the code of your authenticator app." : "The code is wrong or was already used; enter the current one.",
                    extensions: new Dictionary<string, object?> { [SignInSteps.Extension] = SignInSteps.TwoFactor });
            }
        }

        await services.Limiter.SucceededAsync(attempt);
        return TypedResults.Ok(await SignInAsync(services, account, client, cancellationToken));
    }

    /// <summary>Starts a session for an account that passed every factor, records it, and issues its token.</summary>
    internal static async Task<TokenResponse> SignInAsync(SignInServices services, StaffAccount account, string client, CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        await services.Db.StaffAccounts.Where(a => a.Id == account.Id).ExecuteUpdateAsync(set => set.SetProperty(a => a.LastSignInAt, now), cancellationToken);
        services.Audit.BySelf(account, StaffAuditActions.SignedIn);
        var session = await services.Sessions.StartAsync(account, client, cancellationToken);
        var token = services.Issuer.Issue(account, session);
        return new TokenResponse(token, "Bearer", (int)Math.Max(1, (session.ExpiresAt - now).TotalSeconds));
    }

    /// <summary>Null when the code is the account's for now (±1 step) and not used before; otherwise the audit's category.</summary>
    private static async Task<string?> CheckCodeAsync(SignInServices services, StaffAccount account, string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return StaffAuditReasons.TwoFactorMissing;
        }

        var secret = services.Secrets.Unprotect(account.Id, account.TwoFactorSecret!);
        if (TotpCodes.Match(secret, code.Trim(), services.Time.GetUtcNow()) is not { } step)
        {
            return StaffAuditReasons.TwoFactorWrong;
        }

        // One conditional update: of two concurrent sign-ins with the same code, one is accepted.
        var accepted = await services.Db.StaffAccounts
            .Where(a => a.Id == account.Id && (a.LastTwoFactorStep == null || a.LastTwoFactorStep < step))
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.LastTwoFactorStep, step), cancellationToken);
        return accepted == 1 ? null : StaffAuditReasons.TwoFactorReplayed;
    }

    private static async Task RefuseAsync(SignInServices services, StaffAccount? account, string login, string reason, CancellationToken cancellationToken)
    {
        services.Audit.Refused(account, login, StaffAuditActions.SignInFailed, reason);
        await services.Db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 7301, Level = LogLevel.Warning, Message = "Sign-in rejected for login {Login} from {Client}")]
    private static partial void LogRejected(ILogger logger, string login, string client);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Warning, Message = "Sign-in limited for login {Login} from {Client}: {Refusal}")]
    private static partial void LogLimited(ILogger logger, string login, string client, SignInRefusal refusal);

    [LoggerMessage(EventId = 8302, Level = LogLevel.Warning, Message = "Second factor rejected for login {Login} from {Client}: {Reason}")]
    private static partial void LogCodeRejected(ILogger logger, string login, string client, string reason);
}
