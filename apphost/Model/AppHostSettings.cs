namespace PatientNetwork.AppHost.Model;

/// <summary>What a run of the app model may choose: where data lives, which ports, whether demo data is seeded.</summary>
public sealed record AppHostSettings
{
    /// <summary>Servers' data and generated secrets; reused by the next run unless <see cref="Fresh"/>.</summary>
    public required string DataDirectory { get; init; }

    public bool Fresh { get; init; }

    /// <summary>0 picks a free port.</summary>
    public int GatewayPort { get; init; } = 8080;

    /// <summary>0 (the default) lets DCP allocate a free port.</summary>
    public int PostgresPort { get; init; }

    public int RedisPort { get; init; }

    public int RabbitMqPort { get; init; }

    /// <summary>Demo associations, staff and partners, seeded by the services themselves.</summary>
    public bool DemoData { get; init; } = true;

    /// <summary>Fictional patients imported through the gateway once everything is healthy (needs <see cref="DemoData"/>).</summary>
    public bool DemoPatients { get; init; } = true;

    public const int MaxReplicas = 8;

    /// <summary>
    /// Instances of each service and of the gateway. Above one, Aspire's proxy spreads requests over
    /// them (an endpoint of several replicas must be proxied); consumers compete on their queues and
    /// outbox relays share the outbox through row locks.
    /// </summary>
    public int Replicas { get; init; } = 1;

    public string EnvironmentName { get; init; } = "Development";

    public bool ImportsDemoPatients => DemoData && DemoPatients;
}
