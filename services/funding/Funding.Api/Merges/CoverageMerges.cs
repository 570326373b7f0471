using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Consents;
using PatientNetwork.Funding.Coverage;
using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.Funding.Merges;

/// <summary>One person, one coverage account: what a merge does to the merged record's account, whichever arrived first.</summary>
internal static class CoverageMerges
{
    /// <summary>
    /// Closes the merged record's open account pointing to the survivor's account, or, when the
    /// survivor has none, makes it the survivor's. A closed account is left as it is (and a re-assigned
    /// one no longer answers to the merged id), so applying a merge twice changes nothing.
    /// </summary>
    public static async Task ApplyAsync(FundingDbContext db, PatientMerge merge, CoverageAccount duplicate, CancellationToken cancellationToken)
    {
        if (!duplicate.IsOpen)
        {
            return;
        }

        // The survivor may itself have been merged on since: its account then answers under a newer id.
        var survivorAccount = await db.CoverageAccounts
            .Where(a => a.PatientId == merge.SurvivingPatientId || a.FormerPatientIds.Contains(merge.SurvivingPatientId))
            .Select(a => new { a.PatientId })
            .FirstOrDefaultAsync(cancellationToken);
        if (survivorAccount is not null)
        {
            duplicate.CloseAsMergedInto(survivorAccount.PatientId, merge.MergedAt);
            return;
        }

        var survivorConsent = await MedicineFundingConsents.LockAsync(db, merge.SurvivingPatientId, cancellationToken);
        var duplicateConsent = await MedicineFundingConsents.LockAsync(db, merge.MergedPatientId, cancellationToken);
        survivorConsent.TakeOver(duplicateConsent);
        duplicate.ReassignTo(merge.SurvivingPatientId, survivorConsent);
    }
}
