using System.Net;
using Npgsql;
using PatientNetwork.IntegrationTests.Infrastructure;
using PatientNetwork.Messaging.Outbox;

namespace PatientNetwork.IntegrationTests.Messaging;

[Collection(SystemCollection.Name)]
public sealed class OutboxParkingAndPruningTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_poison_outbox_row_holds_back_later_events_until_it_is_parked_then_they_are_delivered()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        await using var registry = new NpgsqlConnection(system.ConnectionString("registrydb"));
        await registry.OpenAsync();
        var poisonId = Guid.NewGuid();

        // A row of a type nobody knows, one attempt short of the limit but failing only since now.
        await ExecuteAsync(
            registry,
            """
            INSERT INTO outbox_messages (id, type, payload, occurred_at, attempts, first_failed_at)
            VALUES ($1, 'PatientNetwork.Contracts.NoSuchEvent', '{}', now() - interval '1 minute', $2, now())
            """,
            poisonId,
            OutboxOptions.DefaultParkAfterAttempts - 1);
        try
        {
            var patientId = await staff.RegisterPatientAsync(Api.NewPatient());
            var attemptsAfterRegistration = await AttemptsAsync(registry, poisonId);
            await Eventually.Until(
                () => AttemptsAsync(registry, poisonId),
                attempts => attempts >= attemptsAfterRegistration + 2,
                TimeSpan.FromSeconds(30),
                "two relay passes over the poison row after the registration");

            // Not parked yet (it has not failed for long enough), so the registration waits behind it.
            Assert.Null(await ParkedAtAsync(registry, poisonId));
            Assert.Null(await SentAtOfRegistrationAsync(registry, patientId));

            await ExecuteAsync(registry, "UPDATE outbox_messages SET first_failed_at = now() - interval '1 hour' WHERE id = $1", poisonId);

            await CoverageAccountAsync(staff, patientId);
            Assert.NotNull(await ParkedAtAsync(registry, poisonId));
            Assert.Contains(poisonId, await ListParkedAsync(registry));

            // The relay no longer reads the parked row: a later event passes without another attempt on it.
            var attemptsWhenParked = await AttemptsAsync(registry, poisonId);
            await CoverageAccountAsync(staff, await staff.RegisterPatientAsync(Api.NewPatient()));
            Assert.Equal(attemptsWhenParked, await AttemptsAsync(registry, poisonId));
        }
        finally
        {
            // A parked row turns Registry's readiness Degraded; leave the system as the other tests expect it.
            await ExecuteAsync(registry, "DELETE FROM outbox_messages WHERE id = $1", poisonId);
        }
    }

    [Fact]
    public async Task Sent_outbox_rows_and_inbox_rows_past_their_retention_are_pruned_and_younger_ones_kept()
    {
        await using var registry = new NpgsqlConnection(system.ConnectionString("registrydb"));
        await using var funding = new NpgsqlConnection(system.ConnectionString("fundingdb"));
        await registry.OpenAsync();
        await funding.OpenAsync();
        var (oldSent, youngSent, oldHandled, youngHandled) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        const string InsertSent =
            """
            INSERT INTO outbox_messages (id, type, payload, occurred_at, sent_at, attempts)
            VALUES ($1, 'PatientNetwork.Contracts.PatientRegistered', '{}', now() - $2::interval, now() - $2::interval, 0)
            """;
        const string InsertHandled = "INSERT INTO inbox_messages (event_id, consumer, processed_at) VALUES ($1, 'OpenCoverageAccountWhenPatientRegistered', now() - $2::interval)";
        await ExecuteAsync(registry, InsertSent, oldSent, "8 days");
        await ExecuteAsync(registry, InsertSent, youngSent, "6 days");
        await ExecuteAsync(funding, InsertHandled, oldHandled, "31 days");
        await ExecuteAsync(funding, InsertHandled, youngHandled, "29 days");
        try
        {
            await Eventually.Until(
                async () => (Outbox: await CountAsync(registry, "SELECT count(*) FROM outbox_messages WHERE id = $1", oldSent),
                             Inbox: await CountAsync(funding, "SELECT count(*) FROM inbox_messages WHERE event_id = $1", oldHandled)),
                remaining => remaining is (0, 0),
                TimeSpan.FromSeconds(150),
                "the week-old sent outbox row and the month-old inbox row to be pruned");

            Assert.Equal(1, await CountAsync(registry, "SELECT count(*) FROM outbox_messages WHERE id = $1", youngSent));
            Assert.Equal(1, await CountAsync(funding, "SELECT count(*) FROM inbox_messages WHERE event_id = $1", youngHandled));
        }
        finally
        {
            await ExecuteAsync(registry, "DELETE FROM outbox_messages WHERE id = ANY($1)", new[] { oldSent, youngSent });
            await ExecuteAsync(funding, "DELETE FROM inbox_messages WHERE event_id = ANY($1)", new[] { oldHandled, youngHandled });
        }
    }

    private static async Task CoverageAccountAsync(HttpClient staff, Guid patientId) =>
        await Eventually.Until(
            () => staff.GetAsync($"/api/funding/coverage-accounts/{patientId}"),
            response => response.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60),
            "the coverage account of the registration behind the poison row");

    private static async Task<int> AttemptsAsync(NpgsqlConnection db, Guid id) =>
        (int)(await ScalarAsync(db, "SELECT attempts FROM outbox_messages WHERE id = $1", id))!;

    private static async Task<DateTime?> ParkedAtAsync(NpgsqlConnection db, Guid id) =>
        await ScalarAsync(db, "SELECT parked_at FROM outbox_messages WHERE id = $1", id) as DateTime?;

    private static async Task<DateTime?> SentAtOfRegistrationAsync(NpgsqlConnection db, Guid patientId) =>
        await ScalarAsync(db, "SELECT sent_at FROM outbox_messages WHERE type = 'PatientNetwork.Contracts.PatientRegistered' AND payload->>'patientId' = $1", patientId.ToString()) as DateTime?;

    /// <summary>The runbook's query for parked rows.</summary>
    private static async Task<List<Guid>> ListParkedAsync(NpgsqlConnection db)
    {
        await using var command = new NpgsqlCommand("SELECT id, type, occurred_at, attempts, parked_at, last_error FROM outbox_messages WHERE parked_at IS NOT NULL ORDER BY parked_at", db);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    private static async Task<long> CountAsync(NpgsqlConnection db, string sql, Guid id) =>
        (long)(await ScalarAsync(db, sql, id))!;

    private static async Task<object?> ScalarAsync(NpgsqlConnection db, string sql, object parameter)
    {
        await using var command = new NpgsqlCommand(sql, db);
        command.Parameters.AddWithValue(parameter);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    private static async Task ExecuteAsync(NpgsqlConnection db, string sql, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, db);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }

        await command.ExecuteNonQueryAsync();
    }
}
