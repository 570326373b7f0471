namespace PatientNetwork.IntegrationTests.Infrastructure;

/// <summary>All integration tests share one running system, and run one after another (some stop the broker).</summary>
[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<PatientNetworkFixture>
{
    public const string Name = "system";
}
