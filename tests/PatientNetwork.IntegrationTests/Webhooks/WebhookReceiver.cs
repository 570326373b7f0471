using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Webhooks;

/// <summary>
/// A partner's webhook endpoint in the test process: Kestrel on a free loopback port. Each test takes a path of its
/// own, scripts the answers it gives there (500, 410, 429 with Retry-After, a hang), and reads what arrived.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedAnswer>> scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ReceivedWebhook>> received = new(StringComparer.Ordinal);

    private WebhookReceiver(WebApplication app) => this.app = app;

    public Uri Url => LoopbackApp.AddressOf(app);

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver(LoopbackApp.Create());
        receiver.app.MapPost("/hooks/{path}", receiver.ReceiveAsync);
        await receiver.app.StartAsync();
        return receiver;
    }

    /// <summary>A new endpoint URL whose first answers are <paramref name="answers"/>, then 204s.</summary>
    public string NewEndpoint(params ScriptedAnswer[] answers)
    {
        var path = Guid.NewGuid().ToString("N");
        scripts[path] = new ConcurrentQueue<ScriptedAnswer>(answers);
        received[path] = new ConcurrentQueue<ReceivedWebhook>();
        return new Uri(Url, $"/hooks/{path}").ToString();
    }

    public IReadOnlyList<ReceivedWebhook> At(string endpoint) => [.. received[PathOf(endpoint)]];

    private static string PathOf(string endpoint) => new Uri(endpoint).AbsolutePath["/hooks/".Length..];

    private async Task<IResult> ReceiveAsync(string path, HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (!received.TryGetValue(path, out var arrivals) || !scripts.TryGetValue(path, out var script))
        {
            return Results.NotFound();
        }

        arrivals.Enqueue(new ReceivedWebhook(
            request.Headers["webhook-id"].ToString(), request.Headers["webhook-timestamp"].ToString(), request.Headers["webhook-signature"].ToString(), body, DateTimeOffset.UtcNow));
        var answer = script.TryDequeue(out var next) ? next : new ScriptedAnswer(StatusCodes.Status204NoContent);
        if (answer.Hang is { } hang)
        {
            await Task.Delay(hang, request.HttpContext.RequestAborted);
        }

        if (answer.RetryAfterSeconds is { } seconds)
        {
            request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Results.StatusCode(answer.Status);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
