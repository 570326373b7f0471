using System.Reflection;
using PatientNetwork.AppHost.Model;
using PatientNetwork.AppHost.Servers;

namespace PatientNetwork.AppHost.Running;

/// <summary>
/// Runs a built service project as a child process with the environment the model gives it, its
/// output in a log file, and reports ready once its <c>/health</c> answers 200.
/// </summary>
internal sealed class ProjectProcess(ProjectResource project, string logDirectory) : IAsyncDisposable
{
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(120);
    private ChildProcess? process;

    public ProjectResource Project { get; } = project;

    public string LogPath { get; } = Path.Combine(logDirectory, $"{project.Name}.log");

    public void Start()
    {
        var (fileName, arguments) = Executable();
        var environment = new Dictionary<string, string>(Project.ResolveEnvironment())
        {
            ["ASPNETCORE_URLS"] = Project.Url.ToString(),
        };
        process = ChildProcess.Start(fileName, arguments, LogPath, environment, Project.ProjectDirectory);
    }

    public async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        if (process is null)
        {
            throw new InvalidOperationException($"{Project.Name} was not started.");
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await process.WaitUntilReadyAsync(
            token => IsHealthyAsync(http, token),
            HealthTimeout,
            TimeSpan.FromMilliseconds(250),
            Project.Name,
            "/health with 200",
            message => new InvalidOperationException($"{message} Last lines of {LogPath}:\n{LogTail.Read(30, LogPath)}"),
            cancellationToken);
    }

    private async Task<bool> IsHealthyAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(Project.Url, "/health"), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false; // Not listening yet.
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false; // A slow answer while it migrates; ask again.
        }
    }

    /// <summary>SIGTERM lets the service finish requests and close its broker connection; SIGKILL follows after a grace period.</summary>
    public async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            await UnixProcesses.SignalAsync(process.Id, "TERM");
            if (!await process.WaitForExitAsync(TimeSpan.FromSeconds(15)))
            {
                process.Kill();
                await process.WaitForExitAsync(TimeSpan.FromSeconds(5));
            }
        }

        await process.FlushLogAsync();
        process.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private (string FileName, string[] Arguments) Executable()
    {
        var configuration = typeof(ProjectProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var output = Path.Combine(Project.ProjectDirectory, "bin", configuration, "net10.0");
        var native = Path.Combine(output, Project.AssemblyName);
        if (File.Exists(native))
        {
            return (native, []);
        }

        var assembly = native + ".dll";
        return File.Exists(assembly)
            ? ("dotnet", [assembly])
            : throw new FileNotFoundException($"{Project.Name} is not built at {output}; run `dotnet build` (dotnet run --project apphost builds it).");
    }
}
