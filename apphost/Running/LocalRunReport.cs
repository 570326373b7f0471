using System.Diagnostics;
using Microsoft.Extensions.Configuration;
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
    LocalSecrets secrets) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var healthy = await AllResources.WaitUntilHealthyAsync(services, stoppingToken);
            var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
            Console.WriteLine($"All {healthy} resources healthy {sinceStart.TotalSeconds:0} s after the app host started.");

            var gateway = model.Resources.OfType<ProjectResource>().Single(p => p.Name == PatientNetworkModel.Gateway).GetEndpoint("http").Url;
            if (settings.ImportsDemoPatients)
            {
                Console.WriteLine("Demo patients…");
                await DemoPatients.ImportAsync(new Uri(gateway), secrets.DemoStaffPassword, stoppingToken);
            }

            Banner.Print(gateway, DashboardLogin(), model, settings, secrets);
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
