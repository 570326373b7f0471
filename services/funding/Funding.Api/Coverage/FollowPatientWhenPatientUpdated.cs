using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Funding.Consents;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Messaging.Inbox;

namespace PatientNetwork.Funding.Coverage;

/// <summary>
/// Keeps the account's region and diagnosis group (what the reports group claims by), date of
/// birth (what the dispensing-before-birth check reads) and family (the per-family cap) as the
/// Registry last changed them; an update older than the one applied changes nothing. An update
/// that overtook the registration is kept until the account opens, never dropped.
/// </summary>
public sealed partial class FollowPatientWhenPatientUpdated(
    FundingDbContext db,
    TimeProvider time,
    ILogger<FollowPatientWhenPatientUpdated> logger)
    : IdempotentConsumer<PatientUpdated, FundingDbContext>(db, time, logger)
{
    /// <summary>The consumer's first name, kept so redelivered events are still recognised.</summary>
    public override string InboxName => "RegroupCoverageWhenPatientUpdated";

    protected override async Task HandleAsync(PatientUpdated message, CancellationToken cancellationToken)
    {
        var change = PatientChange.From(message);
        var account = await Db.CoverageAccounts.FirstOrDefaultAsync(a => a.PatientId == message.PatientId, cancellationToken);
        if (account is null)
        {
            await KeepUntilAccountOpensAsync(message.PatientId, change, cancellationToken);
            LogKeptForAccount(message.EventId);
            return;
        }

        if (!account.FollowUpdate(change))
        {
            LogOlderIgnored(message.EventId);
        }
    }

    /// <summary>
    /// Writes the patient's consent row as the registration does (<see cref="MedicineFundingConsents.LockAsync"/>):
    /// if the registration is opening the account at this moment, one of the two fails and is
    /// retried after the other, so the update is either seen by the registration or finds the account.
    /// </summary>
    private async Task KeepUntilAccountOpensAsync(Guid patientId, PatientChange change, CancellationToken cancellationToken)
    {
        await MedicineFundingConsents.LockAsync(Db, patientId, cancellationToken);
        var waiting = Db.Set<PatientUpdateAwaitingAccount>();
        if (await waiting.FirstOrDefaultAsync(u => u.PatientId == patientId, cancellationToken) is { } kept)
        {
            kept.KeepLatest(change);
        }
        else
        {
            waiting.Add(PatientUpdateAwaitingAccount.Keep(patientId, change));
        }
    }

    [LoggerMessage(EventId = 9651, Level = LogLevel.Information, Message = "Patient update {EventId} arrived before its coverage account was opened; kept until the registration opens it")]
    private partial void LogKeptForAccount(Guid eventId);

    [LoggerMessage(EventId = 9402, Level = LogLevel.Information, Message = "Patient update {EventId} is older than the change already applied; ignored")]
    private partial void LogOlderIgnored(Guid eventId);
}
