using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Funding.Consents;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Messaging.Inbox;

namespace PatientNetwork.Funding.Merges;

/// <summary>
/// One person, one coverage account (see <see cref="CoverageMerges"/>). The merge is also kept, for
/// a registration of the merged record that arrives after it.
/// </summary>
public sealed class MergeCoverageAccountWhenPatientsMerged(
    FundingDbContext db,
    TimeProvider time,
    ILogger<MergeCoverageAccountWhenPatientsMerged> logger)
    : IdempotentConsumer<PatientsMerged, FundingDbContext>(db, time, logger)
{
    public override string InboxName => "MergeCoverageAccountWhenPatientsMerged";

    protected override async Task HandleAsync(PatientsMerged message, CancellationToken cancellationToken)
    {
        // Written by the registration consumer too: of the two running at once, one fails and is retried after the other.
        await MedicineFundingConsents.LockAsync(Db, message.MergedPatientId, cancellationToken);

        var merge = await Db.PatientMerges.FirstOrDefaultAsync(m => m.MergedPatientId == message.MergedPatientId, cancellationToken);
        if (merge is null)
        {
            merge = PatientMerge.Of(message.MergedPatientId, message.SurvivingPatientId, message.AssociationId, message.OccurredAt);
            Db.PatientMerges.Add(merge);
        }

        var duplicate = await Db.CoverageAccounts.FirstOrDefaultAsync(a => a.PatientId == message.MergedPatientId, cancellationToken);
        if (duplicate is null)
        {
            logger.LogInformation("No coverage account under merged patient {PatientId}; the merge applies if its registration arrives later", message.MergedPatientId);
            return;
        }

        await CoverageMerges.ApplyAsync(Db, merge, duplicate, cancellationToken);
    }
}
