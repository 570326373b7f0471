using Microsoft.Extensions.DependencyInjection;
using PatientNetwork.AppHost.Model;
using PatientNetwork.AppHost.Running;
using PatientNetwork.AppHost.Servers;

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

if (settings.Fresh && Directory.Exists(settings.DataDirectory))
{
    Directory.Delete(settings.DataDirectory, recursive: true);
}

Directory.CreateDirectory(settings.DataDirectory);
var secrets = LocalSecrets.LoadOrCreate(settings.DataDirectory);
try
{
    await DebianPackages.EnsureInstalledAsync(Console.Out, CancellationToken.None);
}
catch (InvalidOperationException exception)
{
    Console.Error.WriteLine($"PostgreSQL, Redis and RabbitMQ are needed: {exception.Message}");
    return 1;
}

Console.WriteLine($"Data: {settings.DataDirectory}");
// Our options are parsed above; Aspire's configuration gets none of them.
var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions { Args = [] });
builder.Services.AddSingleton(settings);
builder.Services.AddSingleton(secrets);
var firstAdmins = FirstAdminInvitations.Prepare(settings.DataDirectory, settings.DemoData);
builder.Services.AddSingleton(firstAdmins);
builder.Services.AddHostedService<LocalRunReport>();
PatientNetworkModel.Define(builder, settings, secrets, firstAdmins);

await builder.Build().RunAsync();
Console.WriteLine("Stopped.");
return Environment.ExitCode;
