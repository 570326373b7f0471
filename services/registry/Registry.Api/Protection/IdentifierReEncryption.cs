using Microsoft.EntityFrameworkCore;
using PatientNetwork.Registry.Infrastructure;
using PatientNetwork.Registry.Patients;

namespace PatientNetwork.Registry.Protection;

/// <summary>
/// Completes a key rotation: once a new key is current (IdentityProtection:CurrentKeyVersion), finds
/// identifiers still encrypted under an older key and re-encrypts them, in small batches, at
/// start-up and every few hours. The old key can be removed from configuration once this reports
/// nothing left to do.
/// </summary>
public sealed partial class IdentifierReEncryption(IServiceScopeFactory scopes, ILogger<IdentifierReEncryption> logger) : BackgroundService
{
    private const int BatchSize = 200;
    private static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var total = 0;
                var unreadable = new HashSet<Guid>();
                int batch;
                do
                {
                    batch = await ReEncryptBatchAsync(unreadable, stoppingToken);
                    total += batch;
                }
                while (batch > 0);

                LogPass(total - unreadable.Count, unreadable.Count);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(exception);
            }

            try
            {
                await Task.Delay(Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Re-encrypts one batch; records it cannot decrypt are remembered in <paramref name="unreadable"/> and skipped, so one bad row cannot stall the rest.</summary>
    public async Task<int> ReEncryptBatchAsync(ISet<Guid> unreadable, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<PatientIdentityProtector>();
        // Key versions are case-insensitive (like configuration keys), hence ILIKE.
        var current = protector.CurrentKeyPrefix + "%";
        var skipped = unreadable.ToList();
        var stale = await db.Patients
            .Where(p => !skipped.Contains(p.Id))
            .Where(p => (p.CinCiphertext != null && !EF.Functions.ILike(p.CinCiphertext, current))
                || (p.PhoneCiphertext != null && !EF.Functions.ILike(p.PhoneCiphertext, current))
                || (p.AddressCiphertext != null && !EF.Functions.ILike(p.AddressCiphertext, current))
                || p.Guardians.Any(g => g.PhoneCiphertext != null && !EF.Functions.ILike(g.PhoneCiphertext, current)))
            .OrderBy(p => p.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var rewrapped = 0;
        foreach (var patient in stale)
        {
            try
            {
                protector.RewrapUnderCurrentKey(patient);
                rewrapped++;
            }
            catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or InvalidOperationException)
            {
                unreadable.Add(patient.Id);
                LogUnreadable(exception, patient.Id);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        // Counting skipped rows too keeps the loop going until only known-unreadable rows remain.
        return stale.Count;
    }

    [LoggerMessage(EventId = 7501, Level = LogLevel.Information, Message = "Key rotation pass: {Count} patients re-encrypted under the current key, {Unreadable} could not be decrypted; when both are 0 the old keys are no longer used")]
    private partial void LogPass(int count, int unreadable);

    [LoggerMessage(EventId = 7503, Level = LogLevel.Error, Message = "The identifiers of patient {PatientId} cannot be decrypted with any configured key; skipped")]
    private partial void LogUnreadable(Exception exception, Guid patientId);

    [LoggerMessage(EventId = 7502, Level = LogLevel.Error, Message = "Re-encrypting identifiers under the current key failed; will retry")]
    private partial void LogFailed(Exception exception);
}
