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

        // The services are separate processes: their spans arrive over OTLP, in batches.
        var trace = await Eventually.Until(
            () => Task.FromResult(new TraceSnapshot(system.Telemetry.InTrace(traceId))),
            found => found.Has("funding", SpanKind.Consumer, "funding-open-coverage-account-when-patient-registered")
                && found.Has("partnerships", SpanKind.Consumer, "partnerships-count-patient-when-patient-registered"),
            TimeSpan.FromSeconds(60),
            "both consumers' spans in the registration's trace");

        Assert.True(trace.Has("gateway", SpanKind.Server, "/api/registry/"), $"gateway span missing:\n{trace}");
        Assert.True(trace.Has("registry", SpanKind.Server, "POST /patients"), $"registry span missing:\n{trace}");
        Assert.True(trace.Has("registry", SpanKind.Internal, "outbox relay PatientRegistered"), $"outbox relay span missing:\n{trace}");
        Assert.True(trace.Has("registry", SpanKind.Producer, "PatientNetwork.Contracts:PatientRegistered"), $"RabbitMQ publish span missing:\n{trace}");
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
