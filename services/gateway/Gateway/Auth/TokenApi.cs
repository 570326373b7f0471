using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Gateway.Infrastructure;
using PatientNetwork.Gateway.RateLimiting;
using PatientNetwork.Gateway.Staff;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Gateway.Auth;

public static partial class TokenApi
{
    public static RouteGroupBuilder MapTokenApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/auth").WithTags("Authentication").AllowAnonymous();
        group.MapPost("/token", IssueToken).Validate<TokenRequest>();
        return group;
    }

    /// <summary>
    /// Exchanges a staff login and password for a signed token. Failed attempts are limited per login,
    /// so guessing a password is slow; an unknown login and a wrong password answer the same 401.
    /// </summary>
    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueToken(
        TokenRequest request,
        HttpContext http,
        GatewayDbContext db,
        IPasswordHasher<StaffAccount> hasher,
        StaffTokenIssuer issuer,
        RedisFixedWindowLimiter limiter,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var login = StaffAccount.NormalizeLogin(request.Login!);
        var decision = await limiter.CheckAsync(RateLimitPolicy.FailedSignIns, login);
        if (!decision.Allowed)
        {
            return RateLimitMiddleware.TooManyRequests(http, decision);
        }

        var account = await db.StaffAccounts.AsNoTracking().FirstOrDefaultAsync(s => s.Login == login, cancellationToken);
        if (account is null || account.Disabled || hasher.VerifyHashedPassword(account, account.PasswordHash, request.Password!) == PasswordVerificationResult.Failed)
        {
            await limiter.AcquireAsync(RateLimitPolicy.FailedSignIns, login);
            LogRejected(loggers.CreateLogger(typeof(TokenApi)), login);
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Login or password is wrong.");
        }

        var token = issuer.Issue(account);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", (int)issuer.Lifetime.TotalSeconds));
    }

    [LoggerMessage(EventId = 7301, Level = LogLevel.Warning, Message = "Sign-in rejected for login {Login}")]
    private static partial void LogRejected(ILogger logger, string login);
}
