using Microsoft.AspNetCore.Http.HttpResults;
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
    /// Exchanges a staff login and password for a signed token. Every attempt is counted before its
    /// password is checked, per login and client address, per client address and per login (429 over
    /// a limit); an unknown login and a wrong password answer the same 401 in the same time.
    /// </summary>
    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueToken(
        TokenRequest request,
        HttpContext http,
        GatewayDbContext db,
        StaffPasswords passwords,
        StaffTokenIssuer issuer,
        SignInLimiter limiter,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var login = StaffAccount.NormalizeLogin(request.Login!);
        var client = ClientAddress.Of(http);
        var attempt = await limiter.BeginAsync(login, client);
        if (!attempt.Allowed)
        {
            LogLimited(loggers.CreateLogger(typeof(TokenApi)), login, client, attempt.Refusal);
            return RateLimitMiddleware.TooManyRequests(http, attempt.Window.Left, attempt.Explanation);
        }

        var account = await db.StaffAccounts.AsNoTracking().FirstOrDefaultAsync(s => s.Login == login, cancellationToken);
        if (!passwords.Accept(account, request.Password!))
        {
            LogRejected(loggers.CreateLogger(typeof(TokenApi)), login, client);
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Login or password is wrong.");
        }

        await limiter.SucceededAsync(attempt);
        var token = issuer.Issue(account);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", (int)issuer.Lifetime.TotalSeconds));
    }

    [LoggerMessage(EventId = 7301, Level = LogLevel.Warning, Message = "Sign-in rejected for login {Login} from {Client}")]
    private static partial void LogRejected(ILogger logger, string login, string client);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Warning, Message = "Sign-in limited for login {Login} from {Client}: {Refusal}")]
    private static partial void LogLimited(ILogger logger, string login, string client, SignInRefusal refusal);
}
