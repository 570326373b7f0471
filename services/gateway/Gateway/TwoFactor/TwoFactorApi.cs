using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PatientNetwork.Gateway.Audit;
using PatientNetwork.Gateway.Auth;
using PatientNetwork.Gateway.Codes;
using PatientNetwork.Gateway.RateLimiting;
using PatientNetwork.Gateway.Staff;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Gateway.TwoFactor;

public static class TwoFactorApi
{
    private const string TokenNotValid = "The enrolment token is not valid or has expired; sign in again.";

    public static RouteGroupBuilder MapTwoFactorApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/auth/two-factor").WithTags("Authentication").AllowAnonymous();
        group.MapPost("/enrollment", StartEnrollment).Validate<StartEnrollmentRequest>().ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/enrollment/confirm", ConfirmEnrollment).Validate<ConfirmEnrollmentRequest>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>
    /// Makes a new TOTP secret for the account of the enrolment token and shows it (base32, <c>otpauth://</c> URI and
    /// QR code as SVG). Calling it again replaces the secret not confirmed yet; the account keeps signing in only
    /// once a code of the secret is confirmed.
    /// </summary>
    public static async Task<Results<Ok<EnrollmentResponse>, ProblemHttpResult>> StartEnrollment(
        StartEnrollmentRequest request, [AsParameters] SignInServices services, IOptions<TwoFactorOptions> options, CancellationToken cancellationToken)
    {
        var account = await FindAsync(services, request.EnrollmentToken!, cancellationToken);
        if (account is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: TokenNotValid);
        }

        var secret = TotpCodes.NewSecret();
        account.BeginTwoFactorEnrollment(services.Secrets.Protect(account.Id, secret));
        await services.Db.SaveChangesAsync(cancellationToken);
        var base32 = TotpCodes.ToBase32(secret);
        var uri = EnrollmentQrCode.Uri(options.Value.Issuer, account.Login, base32);
        return TypedResults.Ok(new EnrollmentResponse(base32, uri, EnrollmentQrCode.Svg(uri)));
    }

    /// <summary>Confirms the new secret with its current code: the enrolment is done, the token used up, and the account signed in.</summary>
    public static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> ConfirmEnrollment(
        ConfirmEnrollmentRequest request, HttpContext http, [AsParameters] SignInServices services, CancellationToken cancellationToken)
    {
        var account = await FindAsync(services, request.EnrollmentToken!, cancellationToken);
        if (account is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: TokenNotValid);
        }

        if (account.PendingTwoFactorSecret is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Start the enrolment first: no secret was shown for this token.");
        }

        var pending = services.Secrets.Unprotect(account.Id, account.PendingTwoFactorSecret);
        if (TotpCodes.Match(pending, request.Code!, services.Time.GetUtcNow()) is not { } step)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["code"] = ["The code does not match the new secret; check that the phone's clock is right and enter the current code."],
            });
        }

        if (!await services.Codes.UseAsync(account.Id, OneTimeCodePurpose.TwoFactorEnrollment, request.EnrollmentToken!, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: TokenNotValid);
        }

        account.CompleteTwoFactorEnrollment(step);
        services.Audit.BySelf(account, StaffAuditActions.TwoFactorEnrolled);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await TokenApi.SignInAsync(services, account, ClientAddress.Of(http), cancellationToken));
    }

    private static async Task<StaffAccount?> FindAsync(SignInServices services, string token, CancellationToken cancellationToken)
    {
        var accountId = await services.Codes.FindAccountAsync(OneTimeCodePurpose.TwoFactorEnrollment, token, cancellationToken);
        return accountId is null
            ? null
            : await services.Db.StaffAccounts.FirstOrDefaultAsync(a => a.Id == accountId && !a.Disabled, cancellationToken);
    }
}
