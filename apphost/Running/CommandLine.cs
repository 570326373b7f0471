using System.Globalization;
using PatientNetwork.AppHost.Model;

namespace PatientNetwork.AppHost.Running;

internal static class CommandLine
{
    public const string Usage = """
        Runs PatientNetwork locally on .NET Aspire: PostgreSQL, Redis, RabbitMQ, the four services,
        the gateway and the Aspire dashboard.

        dotnet run --project apphost [-- options]
          --fresh               wipe the data directory first (databases, queues, generated secrets)
          --data DIR            data directory (default: .data/local in the repository)
          --gateway-port N      gateway port (default 8080; 0 = any free port)
          --postgres-port N     fixed PostgreSQL port (default: a free port)
          --redis-port N        fixed Redis port (default: a free port)
          --rabbitmq-port N     fixed RabbitMQ AMQP port (default: a free port)
          --no-demo-data        do not seed demo associations, staff, partners and patients
          --no-demo-patients    seed demo associations, staff and partners, but import no patients
          --replicas N          run N instances of each service and of the gateway (default 1, at most 8)
        """;

    public static AppHostSettings? Parse(string[] args, string repositoryRoot)
    {
        var settings = new AppHostSettings { DataDirectory = Path.Combine(repositoryRoot, ".data", "local") };
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Port() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 0 and <= 65535
                ? port
                : throw new ArgumentException($"{args[i - 1]} needs a port number.");
            int Replicas() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var replicas) && replicas is >= 1 and <= AppHostSettings.MaxReplicas
                ? replicas
                : throw new ArgumentException($"--replicas needs a number from 1 to {AppHostSettings.MaxReplicas}.");
            settings = args[i] switch
            {
                "--fresh" => settings with { Fresh = true },
                "--data" => settings with { DataDirectory = Path.GetFullPath(Value()) },
                "--gateway-port" => settings with { GatewayPort = Port() },
                "--postgres-port" => settings with { PostgresPort = Port() },
                "--redis-port" => settings with { RedisPort = Port() },
                "--rabbitmq-port" => settings with { RabbitMqPort = Port() },
                "--no-demo-data" => settings with { DemoData = false },
                "--no-demo-patients" => settings with { DemoPatients = false },
                "--replicas" => settings with { Replicas = Replicas() },
                "--help" or "-h" => null,
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
            if (settings is null)
            {
                return null;
            }
        }

        return settings;
    }
}
