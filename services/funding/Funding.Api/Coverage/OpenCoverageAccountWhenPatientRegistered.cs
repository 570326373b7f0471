using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PatientNetwork.Contracts;
using PatientNetwork.Funding.Consents;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Funding.Merges;
using PatientNetwork.Messaging.Inbox;

namespace PatientNetwork.Funding.Coverage;

public sealed class OpenCoverageAccountWhenPatientRegistered(
    FundingDbContext db,
    TimeProvider time,
    IOptions<CoverageDefaults> defaults,
    ILogger<OpenCoverageAccountWhenPatientRegistered> logger)
    : IdempotentConsumer<PatientRegistered, FundingDbContext>(db, time, logger)
{
    public override string InboxName => "OpenCoverageAccountWhenPatientRegistered";

    protected override async Task HandleAsync(PatientRegistered message, CancellationToken cancellationToken)
    {
        // An account re-assigned to a survivor after a merge still answers for the merged patient.
        if (await Db.CoverageAccounts.AnyAsync(a => a.PatientId == message.PatientId || a.FormerPatientIds.Contains(message.PatientId), cancellationToken))
        {
            return;
        }

        // A consent withdrawal may have overtaken the registration on its own queue.
        var consent = await MedicineFundingConsents.LockAsync(Db, message.PatientId, cancellationToken);
        if (message.ConsentsToMedicineFunding is { } given)
        {
            // The decision at registration; a later one that arrived first still wins.
            consent.Decide(given, message.OccurredAt);
        }

        var policy = await Db.CoveragePolicies.FirstOrDefaultAsync(p => p.AssociationId == message.AssociationId, cancellationToken);
        var rate = new CoverageRate(policy?.DefaultRateBasisPoints ?? defaults.Value.DefaultRateBasisPoints);
        var programme = await Db.Programmes
            .Where(p => p.AssociationId == message.AssociationId && p.IsDefault && p.SupersededAt == null)
            .OrderBy(p => p.CreatedAt)
            .Select(p => new { p.ProgrammeId, p.RateBasisPoints })
            .FirstOrDefaultAsync(cancellationToken);
        if (programme is not null)
        {
            rate = new CoverageRate(programme.RateBasisPoints);
        }

        var account = CoverageAccount.Open(
            message.PatientId, message.AssociationId, message.BranchId, rate, consent, Time.GetUtcNow(),
            programme?.ProgrammeId, message.RegionCode, message.DiagnosisGroup,
            PatientChange.EarliestBirth(message.DateOfBirth, message.BirthYear),
            message.OccurredAt, message.FamilyId);
        Db.CoverageAccounts.Add(account);

        // An update that overtook this registration on its own queue (a corrected date of birth, a
        // new family) is newer than what the registration says: apply it rather than lose it.
        var waiting = Db.Set<PatientUpdateAwaitingAccount>();
        if (await waiting.FirstOrDefaultAsync(u => u.PatientId == message.PatientId, cancellationToken) is { } update)
        {
            account.FollowUpdate(update.ToChange());
            waiting.Remove(update);
        }

        // The record was merged before its registration reached us: end where in-order delivery would have.
        if (await Db.PatientMerges.FirstOrDefaultAsync(m => m.MergedPatientId == message.PatientId, cancellationToken) is { } merge)
        {
            await CoverageMerges.ApplyAsync(Db, merge, account, cancellationToken);
        }
    }
}
