using System.Runtime.InteropServices;
using PatientNetwork.Benchmarks;

BenchmarkOptions? options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

if (options is null)
{
    Console.WriteLine(BenchmarkOptions.Usage);
    return 0;
}

// WebApplicationFactory finds the Registry's content root through MvcTestingAppManifest.json in the
// current directory (as under `dotnet test`); paths given as options were made absolute above.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);

// Ctrl+C or SIGTERM cancel the run; the servers are stopped on the way out either way.
using var stopping = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stopping.Cancel();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stopping.Cancel();
});

try
{
    if (options.Render is { } json)
    {
        Console.WriteLine($"Rewrote {await PatientNetwork.Benchmarks.Reporting.ResultsWriter.RenderAsync(json, stopping.Token)}");
        return 0;
    }

    return options.Scenario switch
    {
        BenchmarkOptions.HardeningScenario => await PatientNetwork.Benchmarks.Hardening.HardeningRun.RunAsync(options, stopping.Token),
        BenchmarkOptions.ClaimsScenario => await PatientNetwork.Benchmarks.Claims.ClaimsRun.RunAsync(options, stopping.Token),
        BenchmarkOptions.EventsRegistrationScenario => await PatientNetwork.Benchmarks.Events.EventsRegistrationRun.RunAsync(options, stopping.Token),
        BenchmarkOptions.BloodDriveBookingScenario => await PatientNetwork.Benchmarks.BloodDrives.BloodDriveBookingRun.RunAsync(options, stopping.Token),
        _ => await BenchmarkRun.RunAsync(options, stopping.Token),
    };
}
catch (OperationCanceledException) when (stopping.IsCancellationRequested)
{
    Console.Error.WriteLine("Cancelled.");
    return 130;
}
catch (Exception exception)
{
    Console.Error.WriteLine($"Benchmark failed: {exception}");
    return 1;
}
