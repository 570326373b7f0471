using System.Diagnostics;

namespace PatientNetwork.Benchmarks.Measuring;

/// <summary>
/// Runs a scenario sequentially: a warm-up, then up to <c>requests</c> measured inputs, each sent to
/// the service and run directly (and, when given, replayed with the service's writes), one after the
/// other, rotating which goes first so all see the same cache state and the same machine load. Stops
/// early when the time budget is spent.
/// </summary>
public sealed class LatencyRunner(int warmup, int requests, TimeSpan budget, TextWriter log)
{
    public async Task<ScenarioResult> RunAsync<TInput>(Scenario<TInput> scenario, CancellationToken ct)
    {
        var loadBefore = LoadAverage();
        await log.WriteLineAsync($"  {scenario.Key}: warm-up ({warmup})");
        var warmupClock = Stopwatch.StartNew();
        for (var i = 0; i < warmup && warmupClock.Elapsed < budget / 5; i++)
        {
            var input = scenario.Inputs[i % scenario.Inputs.Count];
            if (scenario.Service is { } service)
            {
                await service.Call(input, ct);
            }

            await scenario.Raw.Call(input, ct);
            if (scenario.Everything is { } everything)
            {
                await everything.Call(input, ct);
            }

            if (scenario.AuditWrite is { } audit)
            {
                await audit.Call(input, ct);
            }
        }

        var serviceTimes = new List<double>(requests);
        var rawTimes = new List<double>(requests);
        var everythingTimes = new List<double>(requests);
        var auditTimes = new List<double>(requests);
        long serviceRows = 0, rawRows = 0;
        var measuredInputs = new List<TInput>(requests);
        var clock = Stopwatch.StartNew();
        var measured = 0;
        for (; measured < requests && clock.Elapsed < budget; measured++)
        {
            var input = scenario.Inputs[(warmup + measured) % scenario.Inputs.Count];
            measuredInputs.Add(input);

            // Each input goes every way, in an order that rotates, so no way always finds the caches warmed by another.
            var ways = new List<Func<Task>>();
            if (scenario.Service is { } service)
            {
                ways.Add(async () => serviceRows += await TimeAsync(service, input, serviceTimes, ct));
            }

            ways.Add(async () => rawRows += await TimeAsync(scenario.Raw, input, rawTimes, ct));
            if (scenario.Everything is { } everything)
            {
                ways.Add(async () => await TimeAsync(everything, input, everythingTimes, ct));
            }

            if (scenario.AuditWrite is { } audit)
            {
                ways.Add(async () => await TimeAsync(audit, input, auditTimes, ct));
            }

            for (var i = 0; i < ways.Count; i++)
            {
                await ways[(measured + i) % ways.Count]();
            }

            if ((measured + 1) % 100 == 0)
            {
                await log.WriteLineAsync($"    {measured + 1} measured ({clock.Elapsed.TotalSeconds:0} s)");
            }
        }

        var result = new ScenarioResult(
            scenario.Key,
            scenario.Title,
            scenario.ServiceRequest,
            scenario.RawQuery,
            scenario.Service is null ? null : LatencyStats.Of(serviceTimes),
            LatencyStats.Of(rawTimes),
            scenario.Service is null ? null : serviceRows / (double)Math.Max(1, measured),
            rawRows / (double)Math.Max(1, measured),
            requests,
            measured < requests,
            clock.Elapsed.TotalSeconds,
            loadBefore,
            LoadAverage(),
            scenario.Everything is null ? null : LatencyStats.Of(everythingTimes),
            scenario.Describe is { } describe && serviceTimes.Count == measuredInputs.Count
                ? measuredInputs.Select((input, i) => new SlowInput(describe(input), serviceTimes[i], rawTimes[i])).OrderByDescending(s => s.ServiceMs).Take(10).ToList()
                : null,
            scenario.AuditWrite is null ? null : LatencyStats.Of(auditTimes));
        await log.WriteLineAsync(
            $"    n={measured}: service p50/p95/p99 {Format(result.Service)}; raw {Format(result.Raw)}{(result.Everything is null ? "" : $"; reads + writes {Format(result.Everything)}")}{(result.AuditWrite is null ? "" : $"; audit write {Format(result.AuditWrite)}")}");
        return result;
    }

    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static async Task<int> TimeAsync<TInput>(Probe<TInput> probe, TInput input, List<double> times, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        var outcome = await probe.Call(input, ct);
        times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        return probe.Rows(outcome);
    }

    private static string Format(LatencyStats? stats) =>
        stats is null ? "-" : $"{stats.P50:0.0}/{stats.P95:0.0}/{stats.P99:0.0} ms";
}
