using Npgsql;

namespace PatientNetwork.Persistence;

/// <summary>
/// Failures that say "the database cannot take this request now", not "this request is wrong":
/// the pool stayed exhausted for the whole connection timeout, the server refuses more clients
/// (53300) or is starting or stopping (57P01–57P03), or the connection broke. The caller may retry.
/// </summary>
public static class DatabaseUnavailable
{
    private static readonly HashSet<string> UnavailableStates =
    [
        PostgresErrorCodes.TooManyConnections,
        PostgresErrorCodes.InsufficientResources,
        PostgresErrorCodes.AdminShutdown,
        PostgresErrorCodes.CrashShutdown,
        PostgresErrorCodes.CannotConnectNow,
    ];

    /// <summary>Whether <paramref name="exception"/>, or one it wraps (EF Core wraps them), is such a failure.</summary>
    public static bool Caused(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    return UnavailableStates.Contains(postgres.SqlState);
                case NpgsqlException npgsql when npgsql.IsTransient:
                    return true;
            }
        }

        return false;
    }
}
