using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using PatientNetwork.Protection;

namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>
/// POSTs a delivery, signed per Standard Webhooks, with its own client: the service defaults' resilience handler
/// would retry on its own schedule (the dispatcher keeps the schedule), redirects are not followed, no proxy is
/// used, and every connection goes through the SSRF guard's ConnectCallback.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    public const string SecretPurpose = "webhook-secret";
    private const int MaxErrorBodyLength = 200;

    private readonly HttpClient client;
    private readonly FieldEncryptor encryptor;
    private readonly TimeProvider time;
    private readonly WebhookOptions options;

    public WebhookSender(FieldEncryptor encryptor, TimeProvider time, IOptions<WebhookOptions> options)
    {
        this.encryptor = encryptor;
        this.time = time;
        this.options = options.Value;
        var allowLoopback = this.options.AllowLoopbackHttp;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = this.options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = (context, cancellationToken) => WebhookAddressGuard.ConnectAsync(context, allowLoopback, cancellationToken),
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("PatientNetwork-Webhooks", "1"));
    }

    public async Task<WebhookSendResult> SendAsync(WebhookSubscription subscription, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        if (!Uri.TryCreate(subscription.Url, UriKind.Absolute, out var url))
        {
            return new WebhookSendResult(null, clock.Elapsed, "The URL is not absolute.", null);
        }

        // The configuration may have changed since the subscription was made.
        if (WebhookAddressGuard.CheckForm(url, options.AllowLoopbackHttp) is { } refused)
        {
            return new WebhookSendResult(null, clock.Elapsed, refused, null);
        }

        var now = time.GetUtcNow();
        var timestamp = now.ToUnixTimeSeconds();
        var secrets = subscription.LiveProtectedSecrets(now).Select(secret => encryptor.Decrypt(secret, SecretPurpose));
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", delivery.MessageId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSigner.SignatureHeader(secrets, delivery.MessageId, timestamp, delivery.Payload));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            string? error = null;
            if (!response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync(timeout.Token);
                error = $"HTTP {status}" + (body.Length == 0 ? "" : $": {(body.Length > MaxErrorBodyLength ? body[..MaxErrorBodyLength] : body)}");
            }

            var retryAfter = status is 429 or 503 ? RetrySchedule.RetryAfter(response.Headers.RetryAfter, time.GetUtcNow()) : null;
            return new WebhookSendResult(status, clock.Elapsed, error, retryAfter);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookSendResult(null, clock.Elapsed, $"No answer within {options.Timeout.TotalSeconds:0.#} s.", null);
        }
        catch (HttpRequestException exception)
        {
            var reason = exception.InnerException is WebhookAddressRefusedException refusal ? refusal.Message : exception.Message;
            return new WebhookSendResult(null, clock.Elapsed, reason, null);
        }
        catch (WebhookAddressRefusedException refusal)
        {
            return new WebhookSendResult(null, clock.Elapsed, refusal.Message, null);
        }
    }

    public void Dispose() => client.Dispose();
}
