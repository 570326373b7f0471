using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using PatientNetwork.AppHost.Model;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.AppHost;

/// <summary>The README's first command, run as a user would, and stopped the way a terminal or service manager stops it.</summary>
[Collection(SystemCollection.Name)]
public sealed class AppHostProcessTests : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "patientnetwork-apphost-test", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_app_host_reaches_all_healthy_serves_sign_in_and_leaves_no_process_after_SIGTERM()
    {
        using var appHost = Process.Start(StartInfo())!;
        var output = new List<string>();
        var gateway = await WaitForGatewayAsync(appHost, output);
        var spawned = LinuxProcesses.DescendantsOf(appHost.Id);

        using var http = new HttpClient { BaseAddress = gateway };
        using var health = await http.GetAsync("/health");
        var password = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dataDirectory, "secrets.json"))).RootElement.GetProperty("DemoStaffPassword").GetString();
        using var signIn = await http.PostAsJsonAsync("/auth/token", new { login = "amal.casablanca", password });
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var listRequest = new HttpRequestMessage(HttpMethod.Get, "/api/registry/patients?pageSize=100") { Headers = { { "Authorization", $"Bearer {token}" } } };
        using var list = await http.SendAsync(listRequest);
        var branchPatients = (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();

        Process.Start("kill", ["-s", "TERM", appHost.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
        using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await appHost.WaitForExitAsync(exit.Token);
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        // The demo import: AMAL's file has six patients of the Casablanca-Settat branch, and branch staff see only those.
        Assert.Contains(output, line => line.Contains("demo patients imported from amal-patients.csv", StringComparison.Ordinal));
        Assert.Equal(6, branchPatients.Count);
        Assert.All(branchPatients, patient => Assert.Equal("casablanca-settat", patient.GetProperty("branchId").GetString()));
        Assert.Equal(0, appHost.ExitCode);
        Assert.True(spawned.Count >= 5, $"expected the services and servers as children, found {spawned.Count}");
        var leftovers = spawned.Where(LinuxProcesses.IsAlive).Concat(LinuxProcesses.Mentioning(dataDirectory)).Distinct().ToList();
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

    private ProcessStartInfo StartInfo()
    {
        var configuration = typeof(AppHostProcessTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var executable = Path.Combine(Repository.FindRoot(), "apphost", "bin", configuration, "net10.0", "PatientNetwork.AppHost");
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--data", dataDirectory, "--fresh", "--gateway-port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static async Task<Uri> WaitForGatewayAsync(Process appHost, List<string> output)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        _ = appHost.StandardError.ReadToEndAsync(timeout.Token);
        Uri? gateway = null;
        while (await appHost.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            output.Add(line);
            const string marker = "PatientNetwork is running. Gateway: ";
            if (line.StartsWith(marker, StringComparison.Ordinal))
            {
                gateway = new Uri(line[marker.Length..].Trim());
            }

            if (line.StartsWith("Logs:", StringComparison.Ordinal) && gateway is not null)
            {
                _ = appHost.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return gateway;
            }
        }

        throw new InvalidOperationException("The app host ended before it was healthy:\n" + string.Join('\n', output));
    }
}
