using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using PatientNetwork.AppHost.Model;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Chaos;

/// <summary>
/// 10,000 registrations through the gateway while the broker is frozen then restarted, twice, and
/// Funding is killed (SIGKILL) and started again by the app host. Afterwards every registered patient
/// must have exactly one coverage account. Writes docs/benchmarks/chaos.md.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ChaosRunTests(PatientNetworkFixture system)
{
    private const int Registrations = 10_000;
    private const int Concurrency = 16;
    private static readonly TimeSpan ConvergenceTarget = TimeSpan.FromSeconds(30);

    [ChaosFact]
    public async Task Ten_thousand_registrations_through_broker_freezes_restarts_and_a_killed_Funding_all_get_exactly_one_account()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var registered = new ConcurrentBag<Guid>();
        var retried = 0;
        var log = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        var done = 0;

        var disruptions = DisruptAsync(() => Volatile.Read(ref done), log, clock);
        await Parallel.ForEachAsync(Enumerable.Range(0, Registrations), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (_, ct) =>
        {
            var patient = Api.NewPatient();
            while (true)
            {
                using var response = await staff.PostAsJsonAsync("/api/registry/patients", patient, ct);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    registered.Add((await response.JsonAsync()).GetProperty("id").GetGuid());
                    Interlocked.Increment(ref done);
                    return;
                }

                // Overload or a service restarting: come back as told, as a client should.
                Assert.True(response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.TooManyRequests, $"registration answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
                Interlocked.Increment(ref retried);
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), ct);
            }
        });
        var registeredAt = clock.Elapsed;
        await disruptions;
        var disruptedUntil = clock.Elapsed;

        var ids = registered.ToArray();
        var (accounts, distinct) = await CountAccountsAsync(ids);
        while (distinct < ids.Length && clock.Elapsed - disruptedUntil < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(500);
            (accounts, distinct) = await CountAccountsAsync(ids);
        }

        var converged = clock.Elapsed - disruptedUntil;
        await WriteReportAsync(ids.Length, accounts, distinct, retried, registeredAt, converged, log);
        Assert.Equal(Registrations, ids.Length);
        Assert.Equal(0, ids.Length - distinct);
        Assert.Equal(distinct, accounts);
        Assert.True(converged <= ConvergenceTarget, $"converged {converged.TotalSeconds:0.0} s after the last disruption");
    }

    /// <summary>At a fifth of the registrations and every fifth after: freeze, restart, kill Funding, freeze, restart.</summary>
    private async Task DisruptAsync(Func<int> done, ConcurrentQueue<string> log, Stopwatch clock)
    {
        async Task At(int fraction, string what, Func<Task> disrupt)
        {
            while (done() < Registrations * fraction / 5)
            {
                await Task.Delay(100);
            }

            log.Enqueue($"{clock.Elapsed.TotalSeconds:0.0} s, {done()} registered: {what}");
            await disrupt();
        }

        await At(1, "broker frozen for 15 s", FreezeBrokerAsync);
        await At(2, "broker stopped and started", RestartBrokerAsync);
        await At(3, "Funding killed (SIGKILL), started again by the app host", KillFundingAsync);
        await At(4, "broker frozen for 15 s, then stopped and started", async () =>
        {
            await FreezeBrokerAsync();
            await RestartBrokerAsync();
        });
    }

    private async Task FreezeBrokerAsync()
    {
        var frozen = await system.FreezeAsync("rabbitmq");
        await Task.Delay(TimeSpan.FromSeconds(15));
        await frozen.DisposeAsync();
    }

    private async Task RestartBrokerAsync()
    {
        await system.StopAsync(PatientNetworkFixture.Broker);
        await system.StartAsync(PatientNetworkFixture.Broker);
    }

    private async Task KillFundingAsync()
    {
        var funding = LinuxProcesses.Mentioning(system.ConnectionString("fundingdb"));
        Assert.NotEmpty(funding);
        await LinuxProcesses.SignalAsync("KILL", funding);

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await system.App.ResourceNotifications.WaitForResourceAsync("funding", Aspire.Hosting.ApplicationModel.KnownResourceStates.TerminalStates, timeout.Token);
        await system.StartAsync("funding");
    }

    private Task<(int Accounts, int Patients)> CountAccountsAsync(Guid[] ids) => CoverageAccountRows.CountAsync(system.ConnectionString("fundingdb"), ids);

    private static async Task WriteReportAsync(int registered, int accounts, int distinct, int retried, TimeSpan registering, TimeSpan converged, IEnumerable<string> log)
    {
        var report = $"""
            # Chaos run

            {Registrations:N0} registrations through the gateway ({Concurrency} at a time) while the broker was frozen
            and restarted twice and Funding was killed with SIGKILL and started again by the app host
            (`tests/PatientNetwork.IntegrationTests/Chaos/ChaosRunTests.cs`; run it with
            `PATIENTNETWORK_CHAOS=1 dotnet test tests/PatientNetwork.IntegrationTests --filter FullyQualifiedName~Chaos`).
            Target: 0 missing, 0 duplicates, converged within {ConvergenceTarget.TotalSeconds:0} s of the last disruption.

            | figure | value |
            |---|---|
            | registered (201) | {registered:N0} |
            | coverage accounts | {accounts:N0} |
            | duplicates (accounts − distinct patients) | {accounts - distinct:N0} |
            | missing (registered − patients with an account) | {registered - distinct:N0} |
            | registrations retried after 502/503/429 | {retried:N0} |
            | time to register all | {registering.TotalSeconds:0.0} s |
            | time to converge after the last disruption | {converged.TotalSeconds:0.0} s |

            Disruptions:

            {string.Join("\n", log.Select(line => $"- {line}"))}

            Machine: {Environment.ProcessorCount} cores, {File.ReadAllText("/proc/loadavg").Trim()} (load average at the end), {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC.
            """;
        var path = Path.Combine(Repository.FindRoot(), "docs", "benchmarks", "chaos.md");
        await File.WriteAllTextAsync(path, report + "\n");
        Console.WriteLine(report);
    }

}
