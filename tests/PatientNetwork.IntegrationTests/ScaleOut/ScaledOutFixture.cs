using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.ScaleOut;

/// <summary>The same system with two instances of every service and of the gateway (<c>--replicas 2</c>).</summary>
public sealed class ScaledOutFixture : PatientNetworkFixture
{
    public const int Replicas = 2;

    protected override IEnumerable<string> ExtraArguments => ["--replicas", $"{Replicas}"];
}

/// <summary>Runs after (never beside) the main system's collection: test collections run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ScaledOutCollection : ICollectionFixture<ScaledOutFixture>
{
    public const string Name = "scaled-out system";
}
