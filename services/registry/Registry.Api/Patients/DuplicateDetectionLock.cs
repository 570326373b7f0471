using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Registry.Infrastructure;

namespace PatientNetwork.Registry.Patients;

/// <summary>
/// Serialises registrations that <see cref="DuplicateFinder"/> could match with each other, so that
/// "look for duplicates, then insert" holds under concurrency. The rule is fuzzy (similar names)
/// and can be overridden by the caller, so no unique index can express it; instead each registration
/// takes PostgreSQL transaction-scoped advisory locks on every key a match needs in common: the
/// birth year (a similar name needs the same date of birth or birth year), the CIN's blind index,
/// and each phone's blind index (patient or guardian), all within the association. Two registrations
/// that could be duplicates share at least one key, so the second waits until the first has
/// committed and then finds it. Registrations with nothing in common do not wait for each other.
/// A CSV import would need a lock for every key of up to 10,000 rows, more than PostgreSQL's lock
/// table holds, so locks are two-level: a registration first takes the association's lock shared,
/// an import takes it alone (exclusive) and needs no other; imports and registrations of the same
/// association take turns, registrations among themselves only wait on a key in common.
/// See docs/decisions/0015.
/// </summary>
public static class DuplicateDetectionLock
{
    /// <summary>Takes the draft's locks in the current transaction; they are released when it commits or rolls back.</summary>
    /// <exception cref="InvalidOperationException">No transaction is open: the locks would be released at once.</exception>
    public static async Task AcquireAsync(RegistryDbContext db, string associationId, PatientDraft draft, CancellationToken cancellationToken)
    {
        EnsureTransaction(db);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock_shared({AssociationKey(associationId)})", cancellationToken);
        var phones = draft.Guardians.Select(g => g.PhoneIndex).Append(draft.Identity.PhoneIndex).OfType<string>();
        foreach (var key in KeysFor(associationId, draft.BirthYear, draft.Identity.CinIndex, phones))
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
        }
    }

    /// <summary>
    /// Takes the locks of phones alone, for a change of guardians: a registration or another change
    /// sharing one of these phones waits, so the family each of them works out sees the other.
    /// </summary>
    /// <exception cref="InvalidOperationException">No transaction is open: the locks would be released at once.</exception>
    public static async Task AcquireForPhonesAsync(RegistryDbContext db, string associationId, IEnumerable<string> phoneIndexes, CancellationToken cancellationToken)
    {
        EnsureTransaction(db);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock_shared({AssociationKey(associationId)})", cancellationToken);
        foreach (var key in phoneIndexes.Select(phone => PhoneKey(associationId, phone)).Distinct().Order())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
        }
    }

    /// <summary>Takes the association's lock alone for an import: no registration of the association runs its duplicate search meanwhile.</summary>
    /// <exception cref="InvalidOperationException">No transaction is open: the lock would be released at once.</exception>
    public static async Task AcquireForImportAsync(RegistryDbContext db, string associationId, CancellationToken cancellationToken)
    {
        EnsureTransaction(db);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AssociationKey(associationId)})", cancellationToken);
    }

    /// <summary>
    /// The lock keys of a registration, distinct and in ascending order: every transaction takes its
    /// locks in the same order, so two registrations sharing several keys cannot deadlock.
    /// </summary>
    public static IReadOnlyList<long> KeysFor(string associationId, int birthYear, string? cinIndex, IEnumerable<string> phoneIndexes)
    {
        var names = new List<string> { $"birth-year:{birthYear}" };
        if (cinIndex is not null)
        {
            names.Add($"cin:{cinIndex}");
        }

        return names.Select(name => KeyOf(associationId, name)).Concat(phoneIndexes.Select(phone => PhoneKey(associationId, phone))).Distinct().Order().ToList();
    }

    private static long PhoneKey(string associationId, string phoneIndex) => KeyOf(associationId, $"phone:{phoneIndex}");

    private static long KeyOf(string associationId, string name) => Hash($"registry.duplicates\n{associationId}\n{name}");

    private static long AssociationKey(string associationId) => Hash($"registry.duplicates\n{associationId}");

    private static void EnsureTransaction(RegistryDbContext db)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Duplicate-detection locks only hold inside a transaction; begin one before acquiring them.");
        }
    }

    /// <summary>PostgreSQL advisory locks take one 64-bit key; a collision only makes two unrelated registrations wait for each other.</summary>
    private static long Hash(string text) => BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
