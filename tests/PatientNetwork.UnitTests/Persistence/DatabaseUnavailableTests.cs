using Microsoft.EntityFrameworkCore;
using Npgsql;
using PatientNetwork.Persistence;

namespace PatientNetwork.UnitTests.Persistence;

public sealed class DatabaseUnavailableTests
{
    [Theory]
    [InlineData(PostgresErrorCodes.TooManyConnections)]
    [InlineData(PostgresErrorCodes.CannotConnectNow)]
    [InlineData(PostgresErrorCodes.AdminShutdown)]
    public void A_server_that_refuses_clients_or_is_stopping_is_unavailable(string sqlState) =>
        Assert.True(DatabaseUnavailable.Caused(Postgres(sqlState)));

    [Fact]
    public void An_exhausted_pool_is_unavailable_also_when_EF_Core_wraps_it() =>
        Assert.True(DatabaseUnavailable.Caused(new DbUpdateException("saving failed", new NpgsqlException("The connection pool has been exhausted", new TimeoutException()))));

    [Theory]
    [InlineData(PostgresErrorCodes.UniqueViolation)]
    [InlineData(PostgresErrorCodes.CharacterNotInRepertoire)]
    [InlineData(PostgresErrorCodes.SyntaxError)]
    public void A_request_the_database_rejects_is_not_unavailability(string sqlState) =>
        Assert.False(DatabaseUnavailable.Caused(new DbUpdateException("saving failed", Postgres(sqlState))));

    [Fact]
    public void An_error_of_ours_is_not_unavailability() =>
        Assert.False(DatabaseUnavailable.Caused(new InvalidOperationException("a bug")));

    private static PostgresException Postgres(string sqlState) => new("message", "ERROR", "ERROR", sqlState);
}
