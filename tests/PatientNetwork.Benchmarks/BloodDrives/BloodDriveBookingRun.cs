using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using PatientNetwork.AppHost.Model;
using PatientNetwork.AppHost.Smtp;
using PatientNetwork.Benchmarks.Hosting;
using PatientNetwork.Benchmarks.Measuring;

namespace PatientNetwork.Benchmarks.BloodDrives;

/// <summary>
/// Public blood-drive booking with round-trip transport under 200 concurrent donors, all for one slot (every booking
/// takes that slot's row lock and its runs' rows), as the public does it: book, read the SMS code, confirm. Through the
/// gateway and directly, next to the reservation's SQL by hand. Written to <c>docs/benchmarks/blood-drive-booking.md</c>.
/// </summary>
public static class BloodDriveBookingRun
{
    public const int Clients = 200;
    public const int Sequential = 50;
    private const string Login = "amal.casablanca";
    private static readonly TimeSpan SmsTimeout = TimeSpan.FromMinutes(3);

    public sealed record Series(string Name, LatencyStats Stats, int Succeeded, int Refused);

    public static async Task<int> RunAsync(BenchmarkOptions options, CancellationToken ct)
    {
        var root = options.DataDirectory ?? Path.Combine(Path.GetTempPath(), "patientnetwork-bench", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var data = Path.Combine(root, "data");
        var rounds = Math.Max(1, options.Requests / Clients);
        var log = Console.Out;
        var loadBefore = LatencyRunner.LoadAverage();
        await log.WriteLineAsync($"Blood-drive booking benchmark: {rounds} round(s) of {Clients} concurrent donors, load average {loadBefore}");
        BenchmarkSystem? system = null;
        try
        {
            using (var startup = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                startup.CancelAfter(TimeSpan.FromMinutes(5));
                system = await BenchmarkSystem.StartAsync(data, startup.Token, builder =>
                {
                    foreach (var service in PatientNetworkModel.ServiceNames)
                    {
                        builder.CreateResourceBuilder<IResourceWithEnvironment>(service)
                            .WithEnvironment("ASPNETCORE_ENVIRONMENT", options.EnvironmentName)
                            .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", "");
                    }

                    // The benchmark stands in for a load balancer that names each donor's address, as the integration tests do.
                    builder.CreateResourceBuilder<IResourceWithEnvironment>(PatientNetworkModel.Gateway)
                        .WithEnvironment("RateLimits__StaffRequestsPerWindow", "1000000")
                        .WithEnvironment("RateLimits__PublicRequestsPerWindow", "1000000")
                        .WithEnvironment("ForwardedHeaders__KnownProxies__0", "127.0.0.1")
                        .WithEnvironment("ForwardedHeaders__KnownProxies__1", "::1");
                });
                await system.App.ResourceNotifications.WaitForResourceHealthyAsync("events", startup.Token);
                await system.App.ResourceNotifications.WaitForResourceHealthyAsync(PatientNetworkModel.Gateway, startup.Token);
            }

            using var staff = new HttpClient { BaseAddress = new Uri(system.GatewayUrl, "api/events/") };
            staff.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignInAsync(system, ct));
            using var gateway = new HttpClient { BaseAddress = system.GatewayUrl, Timeout = TimeSpan.FromMinutes(2) };
            using var direct = new HttpClient { BaseAddress = system.ServiceUrl("events"), Timeout = TimeSpan.FromMinutes(2) };
            var sms = Path.Combine(data, SmtpResourceExtensions.SmsFolder);
            var donorNumber = 0;
            var day = 20;

            async Task<(List<(double, string)> Book, List<(double, string)> Confirm)> RoundAsync(HttpClient client, int donors)
            {
                var slot = await BloodDriveBookingSetup.PrepareAsync(staff, donors, day++, ct);
                var people = Enumerable.Range(0, donors).Select(_ => new PublicDonor(Interlocked.Increment(ref donorNumber))).ToList();
                var booked = await ConcurrentlyAsync(people, d => d.BookAsync(client, slot, ct));
                var codes = await PublicDonor.SmsCodesAsync(sms, people, SmsTimeout, ct);
                var confirmed = await ConcurrentlyAsync(people.Where(d => d.Code is not null).ToList(), d => d.ConfirmAsync(client, slot.DriveId, codes[d.Phone], ct));
                return (booked, confirmed);
            }

            await log.WriteLineAsync("  warm-up: 20 donors through the gateway");
            await RoundAsync(gateway, 20);
            // One donor at a time: what a booking costs when nobody waits for the slot's lock or for the CPU.
            var alone = await BloodDriveBookingSetup.PrepareAsync(staff, Sequential, day++, ct);
            var sequential = new List<(double, string)>();
            for (var i = 0; i < Sequential; i++)
            {
                sequential.Add(await new PublicDonor(Interlocked.Increment(ref donorNumber)).BookAsync(gateway, alone, ct));
            }

            var books = new List<(double, string)>();
            var confirms = new List<(double, string)>();
            for (var r = 0; r < rounds; r++)
            {
                var (book, confirm) = await RoundAsync(gateway, Clients);
                books.AddRange(book);
                confirms.AddRange(confirm);
                await log.WriteLineAsync($"  round {r + 1} through the gateway: book p95 {LatencyStats.Of(book.Select(c => c.Item1).ToList()).P95:0.0} ms");
            }

            var (directBook, directConfirm) = await RoundAsync(direct, Clients);
            var results = new List<Series>
            {
                Summarise("book with transport, one donor at a time, through the gateway", sequential, "awaiting-confirmation"),
                Summarise("book with transport, through the gateway", books, "awaiting-confirmation"),
                Summarise("confirm the SMS code, through the gateway", confirms, "booked"),
                Summarise("book with transport, Events directly", directBook, "awaiting-confirmation"),
                Summarise("confirm the SMS code, Events directly", directConfirm, "booked"),
            };
            var rawSlot = await BloodDriveBookingSetup.PrepareAsync(staff, Clients, day, ct);
            var raw = await RawReservation.MeasureAsync(await system.ConnectionStringAsync("eventsdb", ct), rawSlot, Clients, ct);
            results.Add(new Series("reservation, raw SQL (Npgsql)", raw.Stats, raw.Reserved, raw.Full));
            foreach (var series in results)
            {
                await log.WriteLineAsync($"  {series.Name}: p50 {series.Stats.P50:0.0} ms, p95 {series.Stats.P95:0.0} ms, p99 {series.Stats.P99:0.0} ms, {series.Succeeded} ok, {series.Refused} refused");
            }

            var output = options.OutputDirectory ?? Path.Combine(Repository.FindRoot(), "docs", "benchmarks");
            Directory.CreateDirectory(output);
            var file = Path.Combine(output, "blood-drive-booking.md");
            var source = options.Source ?? await BenchmarkRun.DescribeSourceAsync(ct);
            await File.WriteAllTextAsync(file, BloodDriveBookingReport.Markdown(options, rounds, results, loadBefore, LatencyRunner.LoadAverage(), source), ct);
            await log.WriteLineAsync($"Results: {file}");
            return 0;
        }
        finally
        {
            await RunFolder.StopAndRemoveAsync(root, options.KeepData, log, system);
        }
    }

    private static async Task<List<(double, string)>> ConcurrentlyAsync(IReadOnlyList<PublicDonor> donors, Func<PublicDonor, Task<(double, string)>> call)
    {
        var results = new ConcurrentBag<(double, string)>();
        await Task.WhenAll(donors.Select(async d => results.Add(await call(d))));
        return [.. results];
    }

    private static Series Summarise(string name, List<(double Milliseconds, string Outcome)> calls, string success) =>
        new(name, LatencyStats.Of(calls.Select(c => c.Milliseconds).ToList()), calls.Count(c => c.Outcome == success), calls.Count(c => c.Outcome != success));

    private static async Task<string> SignInAsync(BenchmarkSystem system, CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = system.GatewayUrl };
        using var response = await client.PostAsJsonAsync("/auth/token", new { login = Login, password = system.Secrets.DemoStaffPassword, code = system.Secrets.DemoTwoFactorCode(DateTimeOffset.UtcNow) }, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString()!;
    }
}
