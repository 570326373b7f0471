using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using PatientNetwork.AppHost.Health;
using PatientNetwork.AppHost.Model;

namespace PatientNetwork.AppHost.Running;

/// <summary>
/// Tells the person who ran the app host when everything is healthy, imports the demo patients
/// through the gateway, and prints where to go: the gateway, the dashboard and the demo logins.
/// </summary>
internal sealed class LocalRunReport(
    DistributedApplicationModel model,
    IServiceProvider services,
    IConfiguration configuration,
    DistributedApplicationOptions options,
    IHostApplicationLifetime lifetime,
    AppHostSettings settings,
    LocalSecrets secrets,
    FirstAdminInvitations firstAdmins) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var up = await AllResources.WaitUntilHealthyAsync(services, stoppingToken, acceptDegraded: true);
            var last = string.Join(", ", up.Take(3).Select(r => $"{r.Resource} {r.After.TotalSeconds:0.0} s"));
            var state = up.All(r => r.Status == HealthStatus.Healthy) ? "healthy" : "up";
            Console.WriteLine($"All {up.Count} resources {state} {up[0].After.TotalSeconds:0} s after the app host started (last: {last}).");
            foreach (var degraded in up.Where(r => r.Status == HealthStatus.Degraded))
            {
                Console.WriteLine($"  {degraded.Resource} is Degraded: it serves requests, but messaging is down or an outbox message is parked (see its logs and docs/runbook.md).");
            }

            var gateway = PatientNetworkModel.Service(model, PatientNetworkModel.Gateway).GetEndpoint("http").Url;
            if (settings.ImportsDemoPatients)
            {
                Console.WriteLine("Demo patients…");
                await DemoPatients.ImportAsync(new Uri(gateway), secrets, stoppingToken);
            }

            Banner.Print(gateway, DashboardLogin(), model, settings, secrets, firstAdmins);
            firstAdmins.MarkAnnounced();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before everything was up.
        }
        catch (Exception exception)
        {
            await Console.Error.WriteLineAsync($"Start-up failed: {exception.Message}");
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
    }

    /// <summary>The dashboard's address with its one-time login token, as Aspire itself logs it.</summary>
    private string? DashboardLogin()
    {
        var urls = configuration["ASPNETCORE_URLS"];
        var token = configuration["AppHost:BrowserToken"];
        if (string.IsNullOrEmpty(urls) || options.DisableDashboard)
        {
            return null;
        }

        var url = urls.Split(';')[0].TrimEnd('/');
        return string.IsNullOrEmpty(token) ? url : $"{url}/login?t={token}";
    }
}
