namespace PatientNetwork.AppHost.Model;

/// <summary>What a run of the app model may choose: where data lives, which ports, whether demo data is seeded.</summary>
public sealed record AppHostSettings
{
    /// <summary>Servers' data, logs and generated secrets; reused by the next run unless <see cref="Fresh"/>.</summary>
    public required string DataDirectory { get; init; }

    public bool Fresh { get; init; }

    /// <summary>0 picks a free port.</summary>
    public int GatewayPort { get; init; } = 8080;

    public int PostgresPort { get; init; }

    public int RedisPort { get; init; }

    public int RabbitMqPort { get; init; }

    public string? OtlpEndpoint { get; init; }

    public bool DemoData { get; init; } = true;

    public string EnvironmentName { get; init; } = "Development";
}
