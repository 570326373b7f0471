using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using PatientNetwork.Benchmarks.Measuring;
using PatientNetwork.Persistence;

namespace PatientNetwork.Benchmarks.BloodDrives;

/// <summary>
/// The service's reservation of a place with a round trip written by hand, statement for statement as
/// <c>BookingDesk.BookAsync</c> sends it. Before any lock: read the slot's time, find the donor by phone index, read the
/// centre's rules, read the pickup point. Then, in the transaction: lock the slot's row, read it, check for another
/// booking, count the slot's places, lock the slot's runs by id, count their seats (one grouped count per leg), insert
/// the donor, the booking and its SMS; then the public calendar's message (<c>FreePlacesMessage</c>: the slot's holding
/// bookings, its site, its version raised, the outbox row), commit. The same number of concurrent tasks as clients, on
/// a pool sized as the service's, against a slot prepared through the API.
/// </summary>
public static class RawReservation
{
    private static readonly string[] Holding = ["Booked"];
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task<(LatencyStats Stats, int Reserved, int Full)> MeasureAsync(
        string connectionString, BloodDriveBookingSetup.PreparedSlot slot, int clients, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(ServiceDatabaseExtensions.WithServiceDefaults(connectionString)) { Timeout = 60 };
        await using var database = NpgsqlDataSource.Create(builder.ConnectionString);
        var times = new ConcurrentBag<double>();
        var outcomes = new ConcurrentBag<bool>();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var clock = Stopwatch.StartNew();
            var reserved = await ReserveAsync(database, slot, c, ct);
            times.Add(clock.Elapsed.TotalMilliseconds);
            outcomes.Add(reserved);
        }));
        return (LatencyStats.Of(times), outcomes.Count(o => o), outcomes.Count(o => !o));
    }

    /// <summary>What the service reads before its transaction and the slot's lock, on a connection given back before the transaction's.</summary>
    private static async Task ReadBeforeLockAsync(NpgsqlDataSource database, BloodDriveBookingSetup.PreparedSlot slot, string phoneIndex, CancellationToken ct)
    {
        string[] reads =
        [
            "SELECT starts_at FROM blood_drive_slots WHERE id = $1 AND drive_id = $2 LIMIT 1",
            "SELECT id FROM blood_donors WHERE association_id = 'amal' AND phone_index = $3 LIMIT 1",
            "SELECT id FROM blood_eligibility_rule_sets WHERE association_id = 'amal' AND transfusion_centre = 'CRTS Casablanca' ORDER BY version DESC LIMIT 1",
            "SELECT id FROM blood_pickup_points WHERE id = $4 AND association_id = 'amal' LIMIT 1",
        ];
        await using var connection = await database.OpenConnectionAsync(ct);
        foreach (var sql in reads)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue(slot.SlotId);
            command.Parameters.AddWithValue(slot.DriveId);
            command.Parameters.AddWithValue(phoneIndex);
            command.Parameters.AddWithValue(slot.PickupPointId);
            await command.ExecuteScalarAsync(ct);
        }
    }

    private static async Task<bool> ReserveAsync(NpgsqlDataSource database, BloodDriveBookingSetup.PreparedSlot slot, int client, CancellationToken ct)
    {
        var phoneIndex = Convert.ToHexString(Guid.NewGuid().ToByteArray()) + Convert.ToHexString(Guid.NewGuid().ToByteArray());
        await ReadBeforeLockAsync(database, slot, phoneIndex, ct);
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        async Task<object?> ScalarAsync(string sql, params object[] values)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            foreach (var value in values)
            {
                command.Parameters.AddWithValue(value);
            }

            return await command.ExecuteScalarAsync(ct);
        }

        var now = DateTimeOffset.UtcNow;
        await ScalarAsync("SELECT id FROM blood_drive_slots WHERE id = $1 AND drive_id = $2 FOR UPDATE", slot.SlotId, slot.DriveId);
        var capacity = (int)(await ScalarAsync("SELECT capacity FROM blood_drive_slots WHERE id = $1 LIMIT 1", slot.SlotId))!;
        var donorId = Guid.CreateVersion7(now);
        await ScalarAsync(
            "SELECT EXISTS (SELECT 1 FROM blood_donor_bookings WHERE drive_id = $1 AND donor_id = $2 AND (status = ANY($3) OR (status = 'AwaitingConfirmation' AND hold_expires_at > $4)))",
            slot.DriveId, donorId, Holding, now);
        var taken = (long)(await ScalarAsync(
            "SELECT count(*) FROM blood_donor_bookings WHERE slot_id = $1 AND (status = ANY($2) OR (status = 'AwaitingConfirmation' AND hold_expires_at > $3))",
            slot.SlotId, Holding, now))!;
        if (taken >= capacity)
        {
            await transaction.RollbackAsync(ct);
            return false;
        }

        var runIds = new List<Guid>();
        await using (var candidates = new NpgsqlCommand("SELECT id FROM transport_runs WHERE slot_id = $1 AND cancelled_at IS NULL", connection, transaction))
        {
            candidates.Parameters.AddWithValue(slot.SlotId);
            await using var reader = await candidates.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                runIds.Add(reader.GetGuid(0));
            }
        }

        var ids = runIds.Order().ToArray();
        await ScalarAsync("SELECT id FROM transport_runs WHERE id = ANY($1) ORDER BY id FOR UPDATE", ids);
        var runs = new List<(Guid Id, string Leg, int Seats)>();
        await using (var read = new NpgsqlCommand("SELECT id, leg, seats FROM transport_runs WHERE id = ANY($1) ORDER BY id", connection, transaction))
        {
            read.Parameters.AddWithValue(ids);
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                runs.Add((reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2)));
            }
        }

        // Seats taken on every run at once, two grouped counts (one per leg), as the service counts them.
        var seatsTaken = new Dictionary<Guid, long>();
        foreach (var (leg, column) in new[] { ("Out", "out_run_id"), ("Back", "back_run_id") })
        {
            await using var count = new NpgsqlCommand(
                $"SELECT {column}, wheelchair, count(*) FROM blood_donor_bookings WHERE {column} = ANY($1) " +
                "AND (status = ANY($2) OR (status = 'AwaitingConfirmation' AND hold_expires_at > $3)) GROUP BY 1, 2", connection, transaction);
            count.Parameters.AddWithValue(runs.Where(r => r.Leg == leg).Select(r => r.Id).ToArray());
            count.Parameters.AddWithValue(Holding);
            count.Parameters.AddWithValue(now);
            await using var reader = await count.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (!reader.GetBoolean(1))
                {
                    seatsTaken[reader.GetGuid(0)] = reader.GetInt64(2);
                }
            }
        }

        Guid? outRun = runs.Where(r => r.Leg == "Out" && seatsTaken.GetValueOrDefault(r.Id) < r.Seats).Select(r => (Guid?)r.Id).FirstOrDefault();
        Guid? backRun = runs.Where(r => r.Leg == "Back" && seatsTaken.GetValueOrDefault(r.Id) < r.Seats).Select(r => (Guid?)r.Id).FirstOrDefault();
        if (outRun is null || backRun is null)
        {
            await transaction.RollbackAsync(ct);
            return false;
        }

        await ScalarAsync(
            "INSERT INTO blood_donors (id, association_id, name, phone_ciphertext, phone_index, sex, birth_date, city, language, donations, permanently_deferred, created_at) " +
            "VALUES ($1, 'amal', 'Donneur Benchmark', $2, $3, 'Male', '1990-05-01', 'casablanca', 'fr', '{}', false, $4)",
            donorId, "raw-benchmark-ciphertext-" + client, phoneIndex, now);
        var bookingId = Guid.CreateVersion7(now);
        await ScalarAsync(
            "INSERT INTO blood_donor_bookings (id, drive_id, slot_id, donor_id, code, status, status_since, outcome, online, sms_code_hash, sms_code_attempts, hold_expires_at, " +
            "pickup_point_id, out_run_id, back_run_id, wheelchair, checked_in, inside, transport_at_risk, created_at) " +
            "VALUES ($1, $2, $3, $4, $5, 'AwaitingConfirmation', $6, 'Pending', true, $7, 0, $8, $9, $10, $11, false, false, false, false, $6)",
            bookingId, slot.DriveId, slot.SlotId, donorId, Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), now, new string('0', 64), now.AddMinutes(15),
            slot.PickupPointId, outRun.Value, backRun.Value);
        await ScalarAsync(
            "INSERT INTO notifications (id, event_id, kind, channel, key, direct_recipient, direct_text, language, facts, attempts, created_at, next_attempt_at) " +
            "VALUES ($1, $2, 'DirectMessage', 'Sms', $3, 'raw-benchmark', 'raw-benchmark', 'fr', '{}', 0, $4, $4 + interval '1 day')",
            Guid.CreateVersion7(now), slot.EventId, $"blood-code:{bookingId}", now);
        await ScalarAsync(
            "SELECT count(*) FROM blood_donor_bookings WHERE slot_id = ANY($1) AND (status = ANY($2) OR (status = 'AwaitingConfirmation' AND hold_expires_at > $3))",
            new[] { slot.SlotId }, Holding, now);
        var site = (string)(await ScalarAsync(
            "SELECT s.name FROM blood_drive_sites s JOIN blood_drives d ON s.drive_id = d.id WHERE s.id = (SELECT site_id FROM blood_drive_slots WHERE id = $1)", slot.SlotId))!;
        var version = (int)(await ScalarAsync("UPDATE blood_drive_slots SET public_version = public_version + 1 WHERE id = $1 RETURNING public_version", slot.SlotId))!;
        var messageId = Guid.CreateVersion7(now);
        var payload = JsonSerializer.Serialize(new
        {
            EventId = messageId, OccurredAt = now, AwarenessEventId = slot.EventId, slot.DriveId,
            Slots = new[] { new { slot.SlotId, Version = version, Site = site, City = "casablanca", StartsAt = now.AddDays(1), EndsAt = now.AddDays(1).AddMinutes(30), Capacity = capacity, Booked = 0, HeldUntil = new[] { now.AddMinutes(15) } } },
        }, Web);
        await ScalarAsync(
            "INSERT INTO outbox_messages (id, type, payload, occurred_at, attempts) VALUES ($1, 'PatientNetwork.Contracts.BloodDriveSlotsChanged', $2::jsonb, $3, 0)",
            messageId, payload, now);
        await transaction.CommitAsync(ct);
        return true;
    }
}
