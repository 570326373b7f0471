using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Events;

/// <summary>
/// The migration that drops registrations' legacy clear-text contact columns must never drop a contact that the
/// earlier releases' encryption pass has not encrypted yet: on a scratch database of the app host's PostgreSQL, migrated
/// to the release before it, a row still in clear text stops the upgrade with a message, and nothing is lost.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ClearTextContactsMigrationTests(PatientNetworkFixture system)
{
    private const string ReleaseBefore = "20261204190739_BloodDriveSlotPublicVersion";

    [Fact]
    public async Task The_upgrade_refuses_while_a_registration_still_has_a_clear_text_contact_and_drops_the_columns_once_none_has()
    {
        var scratch = $"events_upgrade_{Guid.NewGuid():N}";
        await AdminAsync($"CREATE DATABASE {scratch}");
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(system.ConnectionString("eventsdb")) { Database = scratch, Pooling = false }.ConnectionString;
            await using (var db = Open(connectionString))
            {
                await db.GetService<IMigrator>().MigrateAsync(ReleaseBefore);
            }

            var id = Guid.NewGuid();
            await ExecuteAsync(connectionString, $"""
                SET session_replication_role = replica;
                INSERT INTO registrations (id, event_id, adults, children, answers, session_ids, channel, code, inside, language, name, status, status_since, registered_at, registered_by, email, phone)
                VALUES ('{id}', '{Guid.NewGuid()}', 1, 0, '{"{}"}', '{"{}"}', 'Staff', 'LEGACY01', false, 'fr', 'Famille Alaoui', 'Registered', now(), now(), 'amal.admin', 'alaoui@example.ma', '+212600000001');
                """);

            await using (var db = Open(connectionString))
            {
                var refused = await Assert.ThrowsAnyAsync<PostgresException>(() => db.GetService<IMigrator>().MigrateAsync());
                Assert.Contains("clear-text contact", refused.MessageText, StringComparison.Ordinal);
            }

            Assert.Equal("alaoui@example.ma|+212600000001", await ScalarAsync(connectionString, $"SELECT email || '|' || phone FROM registrations WHERE id = '{id}'"));
            Assert.Equal("0", await ScalarAsync(connectionString, "SELECT count(*)::text FROM \"__EFMigrationsHistory\" WHERE migration_id LIKE '%DropClearTextContacts'"));

            // What the earlier releases' encryption pass leaves behind once it has encrypted the row.
            await ExecuteAsync(connectionString, $"UPDATE registrations SET email_ciphertext = 'v1:encrypted', email = NULL, phone = NULL WHERE id = '{id}'");
            await using (var db = Open(connectionString))
            {
                await db.GetService<IMigrator>().MigrateAsync();
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            }

            Assert.Equal("0", await ScalarAsync(connectionString, "SELECT count(*)::text FROM information_schema.columns WHERE table_name = 'registrations' AND column_name IN ('email', 'phone')"));
            Assert.Equal("v1:encrypted", await ScalarAsync(connectionString, $"SELECT email_ciphertext FROM registrations WHERE id = '{id}'"));
        }
        finally
        {
            await AdminAsync($"DROP DATABASE IF EXISTS {scratch} WITH (FORCE)");
        }
    }

    private static EventsDbContext Open(string connectionString) =>
        new(new DbContextOptionsBuilder<EventsDbContext>().UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options);

    private Task AdminAsync(string sql) =>
        ExecuteAsync(new NpgsqlConnectionStringBuilder(system.ConnectionString("eventsdb")) { Database = "postgres", Pooling = false }.ConnectionString, sql);

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
