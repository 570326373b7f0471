using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PatientNetwork.IntegrationTests.Infrastructure.Telemetry;

/// <summary>
/// Stands where the Aspire dashboard stands in a local run: an OTLP/HTTP endpoint every service
/// exports to. It keeps the spans so a test can follow one trace across the separate processes.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ExportedSpan> spans = new();

    private OtlpReceiver(WebApplication app) => this.app = app;

    public Uri Url => LoopbackApp.AddressOf(app);

    public static async Task<OtlpReceiver> StartAsync()
    {
        var receiver = new OtlpReceiver(LoopbackApp.Create());
        receiver.app.MapPost("/v1/traces", receiver.ReceiveTracesAsync);
        // Metrics and logs are accepted and dropped: the tests read traces only.
        receiver.app.MapPost("/v1/{signal}", () => Results.Bytes([], "application/x-protobuf"));
        await receiver.app.StartAsync();
        return receiver;
    }

    public IReadOnlyList<ExportedSpan> InTrace(string traceId) => spans.Where(s => s.TraceId == traceId).ToList();

    private async Task<IResult> ReceiveTracesAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted);
        foreach (var span in OtlpTraceDecoder.Decode(body.ToArray()))
        {
            spans.Enqueue(span);
        }

        // An empty ExportTraceServiceResponse: everything accepted.
        return Results.Bytes([], "application/x-protobuf");
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
