using System.Diagnostics;
using PatientNetwork.AppHost.Model;

namespace PatientNetwork.AppHost.Running;

/// <summary>One `dotnet run --project apphost`: servers, then services, then the gateway, each waited on until healthy.</summary>
internal sealed class LocalRun(DistributedApplication app, AppHostSettings settings, LocalSecrets secrets) : IAsyncDisposable
{
    private const string Gateway = "gateway";
    private readonly List<ProjectProcess> processes = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        Console.WriteLine($"Data: {settings.DataDirectory}");
        Console.WriteLine("Starting PostgreSQL, Redis and RabbitMQ…");
        await app.StartInfrastructureAsync(cancellationToken);

        var logs = Path.Combine(settings.DataDirectory, "logs");
        Console.WriteLine("Starting services…");
        await StartAsync(app.Projects.Where(p => p.Name != Gateway), logs, cancellationToken);
        await StartAsync(app.Projects.Where(p => p.Name == Gateway), logs, cancellationToken);

        Console.WriteLine($"All healthy in {started.Elapsed.TotalSeconds:0} s.");
        if (settings.DemoData)
        {
            Console.WriteLine("Demo patients…");
            await DemoPatients.ImportAsync(app.Project(Gateway).Url, secrets.DemoStaffPassword, cancellationToken);
        }

        Banner.Print(app, settings, secrets, logs);
    }

    public async Task StopAsync()
    {
        foreach (var process in Enumerable.Reverse(processes))
        {
            await process.StopAsync();
        }

        processes.Clear();
        await app.StopInfrastructureAsync();
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task StartAsync(IEnumerable<ProjectResource> projects, string logs, CancellationToken cancellationToken)
    {
        var batch = projects.Select(project => new ProjectProcess(project, logs)).ToList();
        foreach (var process in batch)
        {
            processes.Add(process);
            process.Start();
        }

        await Task.WhenAll(batch.Select(async process =>
        {
            await process.WaitUntilHealthyAsync(cancellationToken);
            Console.WriteLine($"  {process.Project.Name,-13} healthy at {process.Project.Url}");
        }));
    }
}
