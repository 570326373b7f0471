using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PatientNetwork.Funding.Infrastructure;

/// <summary>Recognises the unique index a concurrent request won on, so the loser can answer with the winner's result.</summary>
public static class UniqueViolation
{
    public static bool On(DbUpdateException exception, string indexName) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres && postgres.ConstraintName == indexName;

    public static bool Any(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
