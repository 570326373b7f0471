using System.Runtime.InteropServices;
using PatientNetwork.AppHost.Model;
using PatientNetwork.AppHost.Running;

AppHostSettings? settings;
try
{
    settings = CommandLine.Parse(args, Repository.FindRoot());
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

if (settings is null)
{
    Console.WriteLine(CommandLine.Usage);
    return 0;
}

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

var builder = new DistributedApplicationBuilder(settings, Console.Out);
var app = PatientNetworkModel.Define(builder);
await using var run = new LocalRun(app, settings, builder.Secrets);
try
{
    await run.StartAsync(stopping.Token);
    await Task.Delay(Timeout.Infinite, stopping.Token);
    return 0;
}
catch (OperationCanceledException) when (stopping.IsCancellationRequested)
{
    return 0;
}
catch (Exception exception)
{
    Console.Error.WriteLine($"Start-up failed: {exception.Message}");
    return 1;
}
finally
{
    Console.WriteLine("Stopping…");
    await run.StopAsync();
    Console.WriteLine("Stopped. No server or service process is left running.");
}
