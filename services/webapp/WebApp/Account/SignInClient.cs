using System.Net;
using System.Text.Json;
using PatientNetwork.WebApp.Gateway;

namespace PatientNetwork.WebApp.Account;

/// <summary>
/// The gateway's anonymous sign-in endpoints (docs: /tmp contract "staff accounts and sign-in"). The web
/// app is a proxy for its users, so each call names the browser's address in <c>X-Forwarded-For</c>:
/// the gateway's sign-in limits are per client address.
/// </summary>
public sealed class SignInClient(HttpClient http, ILogger<SignInClient> logger)
{
    public Task<SignInOutcome> SignInAsync(string login, string password, string? code, string? client, CancellationToken cancellationToken) =>
        SendAsync("/auth/token", new TokenRequest(login, password, string.IsNullOrWhiteSpace(code) ? null : code.Trim()), client, cancellationToken);

    public async Task<ApiResult<TwoFactorEnrollment>> BeginEnrollmentAsync(string enrollmentToken, string? client, CancellationToken cancellationToken)
    {
        using var response = await PostAsync("/auth/two-factor/enrollment", new EnrollmentRequest(enrollmentToken), client, cancellationToken);
        if (response is null)
        {
            return ApiResult<TwoFactorEnrollment>.Failure(ApiProblem.Unreachable);
        }

        return response.IsSuccessStatusCode
            ? ApiResult<TwoFactorEnrollment>.Success((await response.Content.ReadFromJsonAsync<TwoFactorEnrollment>(GatewayClient.Json, cancellationToken))!)
            : ApiResult<TwoFactorEnrollment>.Failure(await ApiProblem.ReadAsync(response, cancellationToken));
    }

    public Task<SignInOutcome> ConfirmEnrollmentAsync(string enrollmentToken, string code, string? client, CancellationToken cancellationToken) =>
        SendAsync("/auth/two-factor/enrollment/confirm", new EnrollmentConfirmation(enrollmentToken, code.Trim()), client, cancellationToken);

    public Task<ApiProblem?> AcceptInvitationAsync(string login, string code, string newPassword, string? client, CancellationToken cancellationToken) =>
        NoContentAsync("/auth/invitations/accept", new CodeAndPassword(login, code.Trim(), newPassword), client, cancellationToken);

    public Task<ApiProblem?> ResetPasswordAsync(string login, string code, string newPassword, string? client, CancellationToken cancellationToken) =>
        NoContentAsync("/auth/password-reset", new CodeAndPassword(login, code.Trim(), newPassword), client, cancellationToken);

    /// <summary>Who the token belongs to and their remembered language; null where the gateway has no <c>/auth/me</c> yet.</summary>
    public async Task<Me?> MeAsync(string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/auth/me");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<Me>(GatewayClient.Json, cancellationToken) : null;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or Polly.CircuitBreaker.BrokenCircuitException or TimeoutException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Remembers the language on the account; best effort (a gateway without the endpoint yet changes nothing).</summary>
    public async Task RememberLanguageAsync(string accessToken, string language, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/auth/me/language") { Content = JsonContent.Create(new { language }, options: GatewayClient.Json) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or Polly.CircuitBreaker.BrokenCircuitException or TimeoutException)
        {
            GatewayLog.Unreachable(logger, "PUT", "/auth/me/language", exception);
        }
    }

    private async Task<ApiProblem?> NoContentAsync(string path, object body, string? client, CancellationToken cancellationToken)
    {
        using var response = await PostAsync(path, body, client, cancellationToken);
        if (response is null)
        {
            return ApiProblem.Unreachable;
        }

        return response.IsSuccessStatusCode ? null : await ApiProblem.ReadAsync(response, cancellationToken);
    }

    private async Task<SignInOutcome> SendAsync(string path, object body, string? client, CancellationToken cancellationToken)
    {
        using var response = await PostAsync(path, body, client, cancellationToken);
        if (response is null)
        {
            return SignInOutcome.Failed(ApiProblem.Unreachable);
        }

        if (response.IsSuccessStatusCode)
        {
            var token = await response.Content.ReadFromJsonAsync<TokenResponse>(GatewayClient.Json, cancellationToken);
            return SignInOutcome.SignedIn(token!);
        }

        var problem = await ApiProblem.ReadAsync(response, cancellationToken);
        GatewayLog.SignInFailed(logger, (int)response.StatusCode);
        return problem.Extension("signInStep") switch
        {
            "two-factor" => SignInOutcome.NeedsCode(problem),
            "two-factor-enrollment" when problem.Extension("enrollmentToken") is { } enrollment => SignInOutcome.NeedsEnrollment(enrollment, problem),
            _ => SignInOutcome.Failed(problem),
        };
    }

    private async Task<HttpResponseMessage?> PostAsync(string path, object body, string? client, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, body.GetType(), options: GatewayClient.Json) };
        if (client is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", client);
        }

        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or Polly.CircuitBreaker.BrokenCircuitException or TimeoutException)
        {
            GatewayLog.Unreachable(logger, "POST", path, exception);
            return null;
        }
    }

    private sealed record TokenRequest(string Login, string Password, string? Code);

    private sealed record EnrollmentRequest(string EnrollmentToken);

    private sealed record EnrollmentConfirmation(string EnrollmentToken, string Code);

    private sealed record CodeAndPassword(string Login, string Code, string NewPassword);
}

public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);

public sealed record TwoFactorEnrollment(string Secret, string OtpauthUri, string QrCodeSvg);

/// <summary>Where a sign-in attempt stands: signed in, a code or an enrolment needed, or refused with the gateway's problem.</summary>
public sealed record SignInOutcome(TokenResponse? Token, SignInStep Step, string? EnrollmentToken, ApiProblem? Problem)
{
    public static SignInOutcome SignedIn(TokenResponse token) => new(token, SignInStep.Done, null, null);

    public static SignInOutcome NeedsCode(ApiProblem problem) => new(null, SignInStep.TwoFactor, null, problem);

    public static SignInOutcome NeedsEnrollment(string enrollmentToken, ApiProblem problem) => new(null, SignInStep.Enrollment, enrollmentToken, problem);

    public static SignInOutcome Failed(ApiProblem problem) => new(null, SignInStep.Refused, null, problem);

    public bool TooManyAttempts => Problem?.Status == HttpStatusCode.TooManyRequests;

    public bool Unreachable => Problem?.Status is HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway;

    public static bool IsJson(JsonElement? body) => body is not null;
}

public enum SignInStep
{
    Done,
    TwoFactor,
    Enrollment,
    Refused,
}
