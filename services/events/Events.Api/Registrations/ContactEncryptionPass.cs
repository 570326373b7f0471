using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.Infrastructure;

namespace PatientNetwork.Events.Registrations;

/// <summary>
/// At start-up and then every minute, encrypts the contacts of registrations taken before contacts were encrypted
/// at rest (or restored from a backup of that time): each row's clear-text email and phone (legacy columns
/// <c>email</c>, <c>phone</c>) are encrypted into the ciphertext columns and emptied, in batches; a partial index
/// keeps the look-up free once none is left. Two instances may both encrypt a row; each result is valid and the
/// update touches only those columns. Once no row has clear text left, a later migration drops the legacy columns.
/// The same pass completes a key rotation: once a new key is current (IdentityProtection:CurrentKeyVersion),
/// contacts still under an older key are re-encrypted under it; the old key can leave the configuration once the
/// pass has nothing left to re-encrypt (log 8510 no longer appears, and no row starts with the old version).
/// </summary>
public sealed class ContactEncryptionPass(IServiceScopeFactory scopes, TimeProvider time, ILogger<ContactEncryptionPass> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    private const int BatchSize = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        do
        {
            await PassAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task PassAsync(CancellationToken stoppingToken)
    {
        try
        {
            var total = 0;
            int batch;
            do
            {
                batch = await EncryptBatchAsync(stoppingToken);
                total += batch;
            }
            while (batch == BatchSize);

            if (total > 0)
            {
                Notifications.Log.PlainContactsEncrypted(logger, total);
            }

            var rewrapped = 0;
            do
            {
                batch = await ReEncryptBatchAsync(stoppingToken);
                rewrapped += batch;
            }
            while (batch == BatchSize);

            if (rewrapped > 0)
            {
                Notifications.Log.ContactsReEncrypted(logger, rewrapped);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Notifications.Log.PlainContactEncryptionFailed(logger, exception.GetType().Name);
        }
    }

    public async Task<int> EncryptBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var contacts = scope.ServiceProvider.GetRequiredService<RegistrantContacts>();
        var plain = await db.Registrations
            .Where(r => EF.Property<string?>(r, RegistrantContacts.LegacyEmail) != null || EF.Property<string?>(r, RegistrantContacts.LegacyPhone) != null)
            .OrderBy(r => r.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var registration in plain)
        {
            var entry = db.Entry(registration);
            var email = entry.Property<string?>(RegistrantContacts.LegacyEmail);
            var phone = entry.Property<string?>(RegistrantContacts.LegacyPhone);
            registration.ProtectLegacyContact(contacts.Protect(email.CurrentValue, phone.CurrentValue));
            email.CurrentValue = null;
            phone.CurrentValue = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        return plain.Count;
    }

    /// <summary>Re-encrypts one batch of contacts written under an older key.</summary>
    public async Task<int> ReEncryptBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var contacts = scope.ServiceProvider.GetRequiredService<RegistrantContacts>();
        // Key versions are case-insensitive (like configuration keys), hence ILIKE.
        var current = contacts.CurrentKeyPrefix + "%";
        var stale = await db.Registrations
            .Where(r => (r.EmailCiphertext != null && !EF.Functions.ILike(r.EmailCiphertext, current))
                || (r.PhoneCiphertext != null && !EF.Functions.ILike(r.PhoneCiphertext, current)))
            .OrderBy(r => r.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var registration in stale)
        {
            contacts.RewrapUnderCurrentKey(registration);
        }

        await db.SaveChangesAsync(cancellationToken);
        return stale.Count;
    }
}
