using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PatientNetwork.Benchmarks.Measuring;

namespace PatientNetwork.Benchmarks.Hardening;

/// <summary>
/// Registrations sent through the gateway at a fixed rate, open loop (each on its schedule, whether
/// or not earlier ones have been answered), and for each the moment its coverage account is visible in
/// Funding: committed in Funding's database, seen by one poller that asks for every pending patient at
/// once every <see cref="PollEvery"/>. A row seen by a poll was committed between the previous poll's
/// start and this one's, so a time is late by at most one period plus one poll.
/// </summary>
public sealed class Propagation(HttpClient gateway, NpgsqlDataSource funding, NpgsqlDataSource registry, TextWriter log)
{
    public static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(5);

    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(60);

    private const string VisibleAccounts = "SELECT patient_id, opened_at FROM coverage_accounts WHERE patient_id = ANY($1)";

    // When the Registry's outbox relay had the broker's confirm for each registration's event: splits the way into relay and consumer.
    private const string PublishedEvents = """
        SELECT (payload::jsonb->>'patientId')::uuid, sent_at FROM outbox_messages
        WHERE type = 'PatientNetwork.Contracts.PatientRegistered' AND sent_at IS NOT NULL AND (payload::jsonb->>'patientId')::uuid = ANY($1)
        """;

    /// <summary>Patients answered 201 and not yet seen in Funding: when the answer came (Stopwatch timestamp) and when it was sent.</summary>
    private readonly ConcurrentDictionary<Guid, Registration> pending = new();
    private readonly ConcurrentBag<Registration> seen = [];
    private readonly ConcurrentDictionary<string, int> failures = new(StringComparer.Ordinal);

    /// <summary>Registrations sent one at a time, each after the previous one's account was seen: the latencies without any queue.</summary>
    public const int Sequential = 50;

    public async Task<PropagationResult> RunAsync(int perSecond, TimeSpan duration, CancellationToken ct)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var loadBefore = LatencyRunner.LoadAverage();
        using var stopPolling = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var polls = new List<double>();
        var poller = PollAsync(polls, stopPolling.Token);

        await log.WriteLineAsync($"  {Sequential} registrations one at a time…");
        for (var i = 0; i < Sequential; i++)
        {
            await RegisterAsync(ct);
            while (!pending.IsEmpty)
            {
                await Task.Delay(1, ct);
            }
        }

        var alone = seen.ToList();
        seen.Clear();
        var sequentialFailures = failures.Values.Sum();
        failures.Clear();

        await log.WriteLineAsync($"  sending {total} registrations at {perSecond}/s through the gateway…");
        var sends = new List<Task>(total);
        var lateness = new List<double>(total);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / (double)perSecond);
            var wait = due - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }

            lateness.Add((Stopwatch.GetElapsedTime(start) - due).TotalMilliseconds);
            sends.Add(RegisterAsync(ct));
        }

        var sendSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        await Task.WhenAll(sends);
        await log.WriteLineAsync($"  all answered after {Stopwatch.GetElapsedTime(start).TotalSeconds:0.0} s; waiting for {pending.Count} accounts…");
        var drain = Stopwatch.StartNew();
        while (!pending.IsEmpty && drain.Elapsed < DrainLimit)
        {
            await Task.Delay(50, ct);
        }

        await stopPolling.CancelAsync();
        await poller;

        var accepted = seen.Count + pending.Count;
        var registrations = seen.ToList();
        var published = await PublishedAtAsync(registrations.Select(r => r.PatientId).ToArray(), ct);
        var split = registrations.Where(r => published.ContainsKey(r.PatientId)).ToList();
        return new PropagationResult(
            perSecond,
            duration.TotalSeconds,
            total,
            sendSeconds,
            LatencyStats.Of(lateness),
            accepted,
            failures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}: {f.Value}").ToList(),
            LatencyStats.Of(registrations.Select(r => r.AnsweredMs - r.SentMs).ToList()),
            LatencyStats.Of(registrations.Select(r => r.VisibleMs!.Value - r.AnsweredMs).ToList()),
            LatencyStats.Of(registrations.Select(r => r.VisibleMs!.Value - r.SentMs).ToList()),
            LatencyStats.Of(registrations.Select(r => (r.OpenedAt!.Value - r.AnsweredAt).TotalMilliseconds).ToList()),
            registrations.Count,
            pending.Count,
            alone.Count,
            sequentialFailures,
            LatencyStats.Of(alone.Select(r => r.AnsweredMs - r.SentMs).ToList()),
            LatencyStats.Of(alone.Select(r => r.VisibleMs!.Value - r.AnsweredMs).ToList()),
            LatencyStats.Of(polls),
            loadBefore,
            LatencyRunner.LoadAverage(),
            LatencyStats.Of(split.Select(r => (published[r.PatientId] - r.AnsweredAt).TotalMilliseconds).ToList()),
            LatencyStats.Of(split.Select(r => (r.OpenedAt!.Value - published[r.PatientId]).TotalMilliseconds).ToList()));
    }

    private async Task<Dictionary<Guid, DateTimeOffset>> PublishedAtAsync(Guid[] patients, CancellationToken ct)
    {
        var published = new Dictionary<Guid, DateTimeOffset>();
        await using var command = registry.CreateCommand(PublishedEvents);
        command.Parameters.Add(new NpgsqlParameter { Value = patients });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            published[reader.GetGuid(0)] = reader.GetFieldValue<DateTimeOffset>(1);
        }

        return published;
    }

    private async Task RegisterAsync(CancellationToken ct)
    {
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var response = await gateway.PostAsJsonAsync("/api/registry/patients", NewPatient(), ct);
            var answered = Stopwatch.GetTimestamp();
            var answeredAt = DateTimeOffset.UtcNow;
            if (response.StatusCode != HttpStatusCode.Created)
            {
                failures.AddOrUpdate($"{(int)response.StatusCode} {await ProblemTitleAsync(response, ct)}", 1, (_, n) => n + 1);
                return;
            }

            var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            var id = body.GetProperty("id").GetGuid();
            pending[id] = new Registration(id, Milliseconds(sent), Milliseconds(answered), answeredAt);
        }
        catch (HttpRequestException exception)
        {
            failures.AddOrUpdate(exception.GetType().Name, 1, (_, n) => n + 1);
        }
    }

    private async Task PollAsync(List<double> polls, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(PollEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                var ids = pending.Keys.ToArray();
                if (ids.Length == 0)
                {
                    continue;
                }

                // Any row this poll finds was committed before the poll began: that is its visible time.
                var polled = Stopwatch.GetTimestamp();
                await using var command = funding.CreateCommand(VisibleAccounts);
                command.Parameters.Add(new NpgsqlParameter { Value = ids });
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    if (pending.TryRemove(reader.GetGuid(0), out var registration))
                    {
                        seen.Add(registration with { VisibleMs = Milliseconds(polled), OpenedAt = reader.GetFieldValue<DateTimeOffset>(1) });
                    }
                }

                polls.Add(Stopwatch.GetElapsedTime(polled).TotalMilliseconds);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Done: every account seen, or the drain limit reached.
        }
    }

    private static async Task<string> ProblemTitleAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            return problem.TryGetProperty("title", out var title) ? $"\"{title.GetString()}\"" : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    /// <summary>
    /// A registration with a name of its own, so none trips duplicate detection. Birth dates spread over
    /// 1950–2025 as in the loaded data: registrations of the same birth year wait for each other (the
    /// duplicate-detection lock, docs/decisions/0015), so a narrow spread would measure that queue instead.
    /// </summary>
    internal static Dictionary<string, object?> NewPatient() => new()
    {
        ["firstName"] = "Propagation",
        ["lastName"] = string.Concat(Enumerable.Range(0, 10).Select(i => (char)((i == 0 ? 'A' : 'a') + Random.Shared.Next(26)))),
        ["dateOfBirth"] = new DateOnly(1950, 1, 1).AddDays(Random.Shared.Next(76 * 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["sex"] = "female",
        ["diagnosisGroup"] = "primary-immunodeficiency",
        ["regionCode"] = "casablanca-settat",
        ["consents"] = new[] { new { purpose = "medicine-funding", evidence = "signed registration form" } },
    };

    private static double Milliseconds(long timestamp) => TimeSpan.FromTicks((long)(timestamp * (TimeSpan.TicksPerSecond / (double)Stopwatch.Frequency))).TotalMilliseconds;

    private sealed record Registration(Guid PatientId, double SentMs, double AnsweredMs, DateTimeOffset AnsweredAt, double? VisibleMs = null, DateTimeOffset? OpenedAt = null);
}

/// <summary>What a propagation run measured, in milliseconds.</summary>
public sealed record PropagationResult(
    int PerSecond,
    double Seconds,
    int Sent,
    double SendSeconds,
    LatencyStats SendLateness,
    int Accepted,
    IReadOnlyList<string> Failures,
    LatencyStats RegistrationAnswer,
    LatencyStats AcceptedToVisible,
    LatencyStats SentToVisible,
    LatencyStats AcceptedToOpenedAt,
    int Visible,
    int NeverVisible,
    int SequentialVisible,
    int SequentialFailures,
    LatencyStats SequentialRegistrationAnswer,
    LatencyStats SequentialAcceptedToVisible,
    LatencyStats Polls,
    string LoadAverageBefore,
    string LoadAverageAfter,
    LatencyStats? AcceptedToPublished = null,
    LatencyStats? PublishedToOpenedAt = null);
