using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Infrastructure;
using PatientNetwork.IntegrationTests.Infrastructure.Telemetry;

namespace PatientNetwork.IntegrationTests.ScaleOut;

/// <summary>
/// Two Registry and two Funding instances: both outbox relays publish from one outbox (row locks,
/// SKIP LOCKED) and both Funding consumers compete on one queue. Each registration must be published
/// once and consumed once, by whichever instance, and every patient gets exactly one account.
/// </summary>
[Collection(ScaledOutCollection.Name)]
public sealed class ReplicaTests(ScaledOutFixture system)
{
    private const int Registrations = 120;
    private const string Published = "PatientNetwork.Contracts:PatientRegistered";
    private const string FundingConsumer = "funding-open-coverage-account-when-patient-registered";

    [Fact]
    public async Task Two_instances_publish_each_outbox_row_once_and_two_consumers_open_each_account_once()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");

        // Eight at a time: registrations that could be duplicates of each other (same birth year) take
        // turns, and the point here is two instances sharing work, not overload (DatabaseBurstTests).
        var registered = new System.Collections.Concurrent.ConcurrentBag<(string TraceId, Guid PatientId)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Registrations), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, ct) =>
        {
            // A recorded root of the test's own, so the services sample the registration's trace and its id is known.
            using var root = new Activity("register") { ActivityTraceFlags = ActivityTraceFlags.Recorded }.SetIdFormat(ActivityIdFormat.W3C).Start();
            using var response = await staff.PostAsJsonAsync("/api/registry/patients", Api.NewPatient(), ct);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            registered.Add((root.TraceId.ToHexString(), (await response.JsonAsync()).GetProperty("id").GetGuid()));
        });

        foreach (var (_, patientId) in registered)
        {
            await Eventually.Until(
                () => staff.GetAsync($"/api/funding/coverage-accounts/{patientId}"),
                response => response.StatusCode == HttpStatusCode.OK,
                TimeSpan.FromSeconds(60),
                $"the coverage account of {patientId}");
        }

        var (accounts, patients) = await CoverageAccountRows.CountAsync(system.ConnectionString("fundingdb"), [.. registered.Select(r => r.PatientId)]);
        Assert.Equal((Registrations, Registrations), (accounts, patients));

        // Spans arrive over OTLP in batches; wait until each trace holds its publish and its Funding consumption.
        var traces = await Eventually.Until(
            () => Task.FromResult(registered.Select(r => system.Telemetry.InTrace(r.TraceId)).ToList()),
            all => all.All(spans => spans.Any(IsPublish) && spans.Any(IsFundingConsumption)),
            TimeSpan.FromSeconds(60),
            "a publish and a Funding consumer span in every registration's trace");
        await Task.Delay(TimeSpan.FromSeconds(3)); // a doubled publish or delivery would arrive in a later batch
        traces = registered.Select(r => system.Telemetry.InTrace(r.TraceId)).ToList();

        // MassTransit records a publish and a delivery as several spans of distinct names; a row
        // published twice, or a message consumed twice, would repeat a name within one trace.
        Assert.All(traces, spans => Assert.Single(spans, IsRelay));
        Assert.All(traces, spans => Assert.All(spans.Where(s => IsPublish(s) || IsFundingConsumption(s)).CountBy(s => (s.Kind, s.Name)), name => Assert.Equal(1, name.Value)));
        var publishers = traces.SelectMany(spans => spans.Where(IsPublish)).Select(s => s.Instance).Distinct().ToList();
        var consumers = traces.SelectMany(spans => spans.Where(IsFundingConsumption)).Select(s => s.Instance).Distinct().ToList();
        Assert.True(publishers.Count == ScaledOutFixture.Replicas, $"Registry instances that published: {string.Join(", ", publishers)}");
        Assert.True(consumers.Count == ScaledOutFixture.Replicas, $"Funding instances that consumed: {string.Join(", ", consumers)}");
    }

    private static bool IsRelay(ExportedSpan span) => span.Service == "registry" && span.Kind == SpanKind.Internal && span.Name == "outbox relay PatientRegistered";

    private static bool IsPublish(ExportedSpan span) => span.Service == "registry" && span.Kind == SpanKind.Producer && span.Name.Contains(Published, StringComparison.Ordinal);

    private static bool IsFundingConsumption(ExportedSpan span) => span.Service == "funding" && span.Kind == SpanKind.Consumer && span.Name.Contains(FundingConsumer, StringComparison.Ordinal);
}
