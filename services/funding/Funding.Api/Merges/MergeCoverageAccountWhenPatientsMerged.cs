using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Funding.Consents;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Messaging.Inbox;

namespace PatientNetwork.Funding.Merges;

/// <summary>
/// One person, one coverage account: the merged duplicate's account is closed and points to the
/// survivor's, or, when the survivor has none, becomes the survivor's.
/// </summary>
public sealed class MergeCoverageAccountWhenPatientsMerged(
    FundingDbContext db,
    TimeProvider time,
    ILogger<MergeCoverageAccountWhenPatientsMerged> logger)
    : IdempotentConsumer<PatientsMerged, FundingDbContext>(db, time, logger)
{
    protected override async Task HandleAsync(PatientsMerged message, CancellationToken cancellationToken)
    {
        var duplicate = await Db.CoverageAccounts.FirstOrDefaultAsync(a => a.PatientId == message.MergedPatientId, cancellationToken);
        if (duplicate is null || !duplicate.IsOpen)
        {
            // No account here, or this merge was applied already (closed, or re-assigned away).
            logger.LogInformation("No open coverage account of merged patient {PatientId}; nothing to merge", message.MergedPatientId);
            return;
        }

        if (await Db.CoverageAccounts.AnyAsync(a => a.PatientId == message.SurvivingPatientId, cancellationToken))
        {
            duplicate.CloseAsMergedInto(message.SurvivingPatientId, message.OccurredAt);
            return;
        }

        var survivorConsent = await MedicineFundingConsents.LockAsync(Db, message.SurvivingPatientId, cancellationToken);
        var duplicateConsent = await MedicineFundingConsents.LockAsync(Db, message.MergedPatientId, cancellationToken);
        survivorConsent.TakeOver(duplicateConsent);
        duplicate.ReassignTo(message.SurvivingPatientId, survivorConsent);
    }
}
