using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Infrastructure;
using PatientNetwork.IntegrationTests.Infrastructure.Telemetry;

namespace PatientNetwork.IntegrationTests.Tracing;

[Collection(SystemCollection.Name)]
public sealed class DistributedTraceTests(PatientNetworkFixture system) : IDisposable
{
    private static readonly ActivitySource Caller = new("PatientNetwork.IntegrationTests");

    private static readonly (string Service, SpanKind Kind, string Name)[] Expected =
    [
        ("gateway", SpanKind.Server, "/api/registry/"),
        ("registry", SpanKind.Server, "POST /patients"),
        ("registry", SpanKind.Internal, "outbox relay PatientRegistered"),
        ("registry", SpanKind.Producer, "PatientNetwork.Contracts:PatientRegistered"),
        ("funding", SpanKind.Consumer, "funding-open-coverage-account-when-patient-registered"),
        ("partnerships", SpanKind.Consumer, "partnerships-count-patient-when-patient-registered"),
    ];

    // The test's root span exists only while something listens; HttpClient then sends its traceparent.
    private readonly ActivityListener listener = Listen(Caller);

    [Fact]
    public async Task A_registration_shares_one_trace_across_gateway_services_and_RabbitMQ()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        string traceId;
        using (var root = Caller.StartActivity("staff registers a patient", ActivityKind.Client))
        {
            Assert.NotNull(root);
            traceId = root.TraceId.ToHexString();
            using var response = await staff.PostAsJsonAsync("/api/registry/patients", Api.NewPatient());
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        // The services are separate processes: their spans arrive over OTLP, each in its own
        // batches. On time-out the message lists every span of the trace that did arrive.
        await Eventually.Until(
            () => Task.FromResult(new TraceSnapshot(system.Telemetry.InTrace(traceId))),
            found => Expected.All(span => found.Has(span.Service, span.Kind, span.Name)),
            TimeSpan.FromSeconds(60),
            "the gateway, Registry, outbox relay, RabbitMQ publish and both consumer spans in the registration's trace");
    }

    public void Dispose() => listener.Dispose();

    private static ActivityListener Listen(ActivitySource source)
    {
        var activityListener = new ActivityListener
        {
            ShouldListenTo = candidate => candidate == source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(activityListener);
        return activityListener;
    }

    private sealed record TraceSnapshot(IReadOnlyList<ExportedSpan> Spans)
    {
        public bool Has(string service, SpanKind kind, string nameFragment) =>
            Spans.Any(s => s.Service == service && s.Kind == kind && s.Name.Contains(nameFragment, StringComparison.Ordinal));

        public override string ToString() => string.Join("\n", Spans);
    }
}
