using Npgsql;
using PatientNetwork.Persistence;

namespace PatientNetwork.UnitTests.Persistence;

public sealed class ServiceDatabaseConnectionTests
{
    private const string Configured = "Host=127.0.0.1;Port=5433;Database=registrydb;Username=registry;Password=secret";

    [Fact]
    public void Statements_are_prepared_automatically_and_connections_are_not_reset_on_return_to_the_pool()
    {
        var tuned = new NpgsqlConnectionStringBuilder(ServiceDatabaseExtensions.WithServiceDefaults(Configured));

        Assert.Equal(ServiceDatabaseExtensions.PreparedStatementsPerConnection, tuned.MaxAutoPrepare);
        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(ServiceDatabaseExtensions.ConnectionTimeoutSeconds, tuned.Timeout);
        Assert.Equal("registrydb", tuned.Database);
        Assert.Equal("secret", tuned.Password);
        Assert.Equal(5433, tuned.Port);
    }

    [Fact]
    public void A_value_the_configuration_sets_is_kept()
    {
        var tuned = new NpgsqlConnectionStringBuilder(ServiceDatabaseExtensions.WithServiceDefaults(Configured + ";Max Auto Prepare=0;No Reset On Close=false;Timeout=30"));

        Assert.Equal(0, tuned.MaxAutoPrepare);
        Assert.False(tuned.NoResetOnClose);
        Assert.Equal(30, tuned.Timeout);
    }
}
