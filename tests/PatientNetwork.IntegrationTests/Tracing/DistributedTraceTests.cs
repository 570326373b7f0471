using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Tracing;

[Collection(SystemCollection.Name)]
public sealed class DistributedTraceTests(PatientNetworkFixture system)
{
    private static readonly ActivitySource Caller = new("PatientNetwork.IntegrationTests");

    [Fact]
    public async Task A_registration_shares_one_trace_across_gateway_services_and_RabbitMQ()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        ActivityTraceId traceId;
        using (var root = Caller.StartActivity("staff registers a patient", ActivityKind.Client))
        {
            Assert.NotNull(root);
            traceId = root.TraceId;
            using var response = await staff.PostAsJsonAsync("/api/registry/patients", Api.NewPatient());
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var trace = await Eventually.Until(
            () => Task.FromResult(new TraceSnapshot(system.Spans.InTrace(traceId))),
            found => found.Has(ActivityKind.Consumer, "funding-open-coverage-account-when-patient-registered")
                && found.Has(ActivityKind.Consumer, "partnerships-count-patient-when-patient-registered"),
            TimeSpan.FromSeconds(30),
            "both consumers' spans in the registration's trace");

        Assert.True(trace.Has(ActivityKind.Server, "/api/registry/"), $"gateway span missing:\n{trace}");
        Assert.True(trace.Has(ActivityKind.Server, "POST /patients"), $"registry span missing:\n{trace}");
        Assert.True(trace.Has(ActivityKind.Internal, "outbox relay PatientRegistered"), $"outbox relay span missing:\n{trace}");
        Assert.True(trace.Has(ActivityKind.Producer, "PatientNetwork.Contracts:PatientRegistered"), $"RabbitMQ publish span missing:\n{trace}");
    }

    private sealed record TraceSnapshot(IReadOnlyList<Activity> Spans)
    {
        public bool Has(ActivityKind kind, string nameFragment) =>
            Spans.Any(s => s.Kind == kind && s.DisplayName.Contains(nameFragment, StringComparison.Ordinal));

        public override string ToString() =>
            string.Join("\n", Spans.Select(s => $"{s.Source.Name} {s.Kind} {s.DisplayName}"));
    }
}
