using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.Funding.Consents;

internal static class MedicineFundingConsents
{
    /// <summary>
    /// The patient's consent row, for a unit of work that sets a coverage account's state from it.
    /// Consumers of different events run concurrently on their own queues; without a lock, opening
    /// an account and recording a withdrawal at the same moment could each miss the other's
    /// uncommitted write and leave the account active. So every such unit of work writes this row
    /// (a new row, or an update checked against the version read): of two concurrent ones, one
    /// fails on the primary key or the version, and its message is retried and sees the other's result.
    /// </summary>
    public static async Task<MedicineFundingConsent> LockAsync(FundingDbContext db, Guid patientId, CancellationToken cancellationToken)
    {
        // Locked already in this unit of work (a merge locks both records): the added row is not in the database yet.
        var consent = db.MedicineFundingConsents.Local.FirstOrDefault(c => c.PatientId == patientId)
            ?? await db.MedicineFundingConsents.FirstOrDefaultAsync(c => c.PatientId == patientId, cancellationToken);
        if (consent is null)
        {
            consent = MedicineFundingConsent.Undecided(patientId);
            db.MedicineFundingConsents.Add(consent);
        }
        else
        {
            db.Entry(consent).Property(c => c.DecidedAt).IsModified = true;
        }

        return consent;
    }

    /// <summary>Records a decision and, if it is the latest, brings the patient's account (if any yet) in line.</summary>
    public static async Task ApplyAsync(FundingDbContext db, Guid patientId, bool given, DateTimeOffset decidedAt, CancellationToken cancellationToken)
    {
        var consent = await LockAsync(db, patientId, cancellationToken);
        if (!consent.Decide(given, decidedAt))
        {
            return;
        }

        var account = await db.CoverageAccounts.FirstOrDefaultAsync(a => a.PatientId == patientId, cancellationToken);
        account?.Follow(consent);
    }
}
