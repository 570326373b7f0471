using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.ServiceDefaults.Jobs;

namespace PatientNetwork.Events.Registrations;

/// <summary>
/// At start-up and then every minute, completes a key rotation: once a new key is current
/// (IdentityProtection:CurrentKeyVersion), registrants' contacts still under an older key are re-encrypted under it,
/// in batches. The old key can leave the configuration once the pass has nothing left to re-encrypt (log 8510 no
/// longer appears, and no row starts with the old version). Two instances may both re-encrypt a row; each result is
/// valid and the update touches only the contact columns.
/// </summary>
public sealed class ContactKeyRotation(IServiceScopeFactory scopes, TimeProvider time, ILogger<ContactKeyRotation> logger) : IntervalJob(time, logger)
{
    private const int BatchSize = 200;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override bool RunsAtStart => true;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var rewrapped = 0;
        int batch;
        do
        {
            batch = await ReEncryptBatchAsync(cancellationToken);
            rewrapped += batch;
        }
        while (batch == BatchSize);

        if (rewrapped > 0)
        {
            Notifications.Log.ContactsReEncrypted(Logger, rewrapped);
        }
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
