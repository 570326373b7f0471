using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Components;
using PatientNetwork.WebApp.Account;

namespace PatientNetwork.WebApp.Gateway;

/// <summary>
/// The base of the typed clients: every call goes to the gateway with the signed-in staff member's
/// token, taken server-side from the auth cookie's ticket. A 401 means the session is over (signed
/// out elsewhere, idle or expired at the gateway): the person is sent to the sign-in page.
/// </summary>
public abstract class GatewayClient(HttpClient http, StaffSession session, NavigationManager navigation, ILogger logger)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    protected HttpClient Http => http;

    protected Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken) =>
        SendAsync<T>(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);

    protected Task<ApiResult<T>> PostAsync<T>(string path, object? body, CancellationToken cancellationToken, string? idempotencyKey = null) =>
        SendAsync<T>(WithBody(HttpMethod.Post, path, body, idempotencyKey), cancellationToken);

    protected Task<ApiResult<T>> PutAsync<T>(string path, object? body, CancellationToken cancellationToken) =>
        SendAsync<T>(WithBody(HttpMethod.Put, path, body, null), cancellationToken);

    protected static HttpRequestMessage WithBody(HttpMethod method, string path, object? body, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return request;
    }

    protected async Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            var token = await session.TokenAsync();
            if (token is null)
            {
                SignedOut();
                return ApiResult<T>.Failure(new ApiProblem(HttpStatusCode.Unauthorized, null, null, new Dictionary<string, string[]>(), null));
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or Polly.CircuitBreaker.BrokenCircuitException or TimeoutException)
            {
                GatewayLog.Unreachable(logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? "", exception);
                return ApiResult<T>.Failure(ApiProblem.Unreachable);
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.Unauthorized)
                {
                    SignedOut();
                    return ApiResult<T>.Failure(await ApiProblem.ReadAsync(response, cancellationToken));
                }

                if (!response.IsSuccessStatusCode)
                {
                    return ApiResult<T>.Failure(await ApiProblem.ReadAsync(response, cancellationToken));
                }

                if (typeof(T) == typeof(NoContent) || response.StatusCode == HttpStatusCode.NoContent)
                {
                    return ApiResult<T>.Success(default!);
                }

                if (typeof(T) == typeof(string))
                {
                    return ApiResult<T>.Success((T)(object)await response.Content.ReadAsStringAsync(cancellationToken));
                }

                var value = await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
                return value is null ? ApiResult<T>.Failure(ApiProblem.Unreachable) : ApiResult<T>.Success(value);
            }
        }
    }

    private void SignedOut() => navigation.NavigateTo("/account/signed-out", forceLoad: true);
}

/// <summary>The type of a call whose answer has no body (204).</summary>
public sealed record NoContent;
