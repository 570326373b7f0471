using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Reflection;
using System.Text.Json;
using PatientNetwork.AppHost.Model;
using PatientNetwork.AppHost.Running;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.AppHost;

/// <summary>
/// The README's first command, run as a user would (the built app host with the environment of its
/// launch profile, dashboard included), and stopped the way a terminal or service manager stops it.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class AppHostProcessTests : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "patientnetwork-apphost-test", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_app_host_reaches_all_healthy_with_its_dashboard_serves_sign_in_and_leaves_no_process_after_SIGTERM()
    {
        using var appHost = Process.Start(StartInfo())!;
        var output = new List<string>();
        var (gateway, dashboard) = await WaitForBannerAsync(appHost, output);
        var spawned = Spawned(appHost.Id);

        using var http = new HttpClient { BaseAddress = gateway };
        using var health = await http.GetAsync("/health");
        using var dashboardLogin = await new HttpClient().GetAsync(dashboard);
        var secrets = LocalSecrets.LoadOrCreate(dataDirectory);
        var code = await TwoFactorCodes.NextAsync(secrets.DemoTwoFactorSecret!, "amal.casablanca");
        using var signIn = await http.PostAsJsonAsync("/auth/token", new { login = "amal.casablanca", password = secrets.DemoStaffPassword, code });
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var listRequest = new HttpRequestMessage(HttpMethod.Get, "/api/registry/patients?pageSize=100") { Headers = { { "Authorization", $"Bearer {token}" } } };
        using var list = await http.SendAsync(listRequest);
        var branchPatients = (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();

        Process.Start("kill", ["-s", "TERM", appHost.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
        using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await appHost.WaitForExitAsync(exit.Token);
        // DCP stops the resources as it sees the app host go; give it the time a service needs to shut down.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        List<int> leftovers;
        while ((leftovers = StillRunning(spawned)).Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
        }

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dashboardLogin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains(output, line => line.StartsWith("All ", StringComparison.Ordinal) && line.Contains("resources healthy", StringComparison.Ordinal));
        // The demo import: AMAL's file has six patients of the Casablanca-Settat branch, and branch staff see only those.
        Assert.Contains(output, line => line.Contains("demo patients imported from amal-patients.csv", StringComparison.Ordinal));
        Assert.Equal(6, branchPatients.Count);
        Assert.All(branchPatients, patient => Assert.Equal("casablanca-settat", patient.GetProperty("branchId").GetString()));
        Assert.Equal(0, appHost.ExitCode);
        Assert.True(spawned.Count >= 10, $"expected DCP, the dashboard, the services and servers, found {spawned.Count}");
        Assert.True(leftovers.Count == 0, "left running: " + string.Join(", ", leftovers.Select(LinuxProcesses.Describe)));
    }

    public void Dispose()
    {
        foreach (var pid in LinuxProcesses.Mentioning(dataDirectory))
        {
            Process.Start("kill", ["-s", "KILL", pid.ToString(CultureInfo.InvariantCulture)])?.WaitForExit();
        }

        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort; it is under the temp folder.
        }
    }

    private List<int> StillRunning(List<int> spawned) =>
        spawned.Where(LinuxProcesses.IsAlive).Concat(LinuxProcesses.Mentioning(dataDirectory)).Distinct().ToList();

    /// <summary>The app host's children, and DCP, which detaches from it but watches its pid, with what DCP started.</summary>
    private static List<int> Spawned(int appHost)
    {
        // /proc/PID/cmdline separates arguments with NUL characters.
        var dcp = LinuxProcesses.Mentioning($"--monitor\0{appHost.ToString(CultureInfo.InvariantCulture)}\0");
        return LinuxProcesses.DescendantsOf(appHost)
            .Concat(dcp)
            .Concat(dcp.SelectMany(LinuxProcesses.DescendantsOf))
            .Distinct()
            .ToList();
    }

    /// <summary>What <c>dotnet run</c> would do: the built app host with its launch profile's environment, on free ports.</summary>
    private ProcessStartInfo StartInfo()
    {
        var configuration = typeof(AppHostProcessTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var executable = Path.Combine(Repository.FindRoot(), "apphost", "bin", configuration, "net10.0", "PatientNetwork.AppHost");
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--data", dataDirectory, "--fresh", "--gateway-port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{FreePort()}";
        start.Environment["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = $"http://127.0.0.1:{FreePort()}";
        start.Environment["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = $"http://127.0.0.1:{FreePort()}";
        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(Uri Gateway, Uri Dashboard)> WaitForBannerAsync(Process appHost, List<string> output)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        _ = appHost.StandardError.ReadToEndAsync(timeout.Token);
        Uri? gateway = null;
        Uri? dashboard = null;
        while (await appHost.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            output.Add(line);
            if (line.StartsWith(Banner.GatewayMarker, StringComparison.Ordinal))
            {
                gateway = new Uri(line[Banner.GatewayMarker.Length..].Trim());
            }

            if (line.StartsWith(Banner.DashboardMarker, StringComparison.Ordinal))
            {
                dashboard = new Uri(line[Banner.DashboardMarker.Length..].Split(' ')[0]);
            }

            if (line.EndsWith(Banner.LastLine, StringComparison.Ordinal) && gateway is not null && dashboard is not null)
            {
                _ = appHost.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return (gateway, dashboard);
            }
        }

        throw new InvalidOperationException("The app host ended before it was healthy:\n" + string.Join('\n', output));
    }
}
