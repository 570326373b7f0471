using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Messaging.Inbox;

namespace PatientNetwork.Funding.Coverage;

/// <summary>
/// Keeps the account's region and diagnosis group (what the reports group claims by) as the
/// Registry last changed them; an update older than the one applied changes nothing.
/// </summary>
public sealed partial class RegroupCoverageWhenPatientUpdated(
    FundingDbContext db,
    TimeProvider time,
    ILogger<RegroupCoverageWhenPatientUpdated> logger)
    : IdempotentConsumer<PatientUpdated, FundingDbContext>(db, time, logger)
{
    public override string InboxName => "RegroupCoverageWhenPatientUpdated";

    protected override async Task HandleAsync(PatientUpdated message, CancellationToken cancellationToken)
    {
        var account = await Db.CoverageAccounts.FirstOrDefaultAsync(a => a.PatientId == message.PatientId, cancellationToken);
        if (account is null)
        {
            // The registration opens the account with the values of its own time; this update is not kept.
            LogNoAccount(message.EventId);
            return;
        }

        if (!account.Regroup(message.RegionCode, message.DiagnosisGroup, message.OccurredAt))
        {
            LogOlderIgnored(message.EventId);
        }
    }

    [LoggerMessage(EventId = 9401, Level = LogLevel.Warning, Message = "Patient update {EventId} arrived before its coverage account was opened; its region and diagnosis group are not kept")]
    private partial void LogNoAccount(Guid eventId);

    [LoggerMessage(EventId = 9402, Level = LogLevel.Information, Message = "Patient update {EventId} is older than the region and diagnosis group already applied; ignored")]
    private partial void LogOlderIgnored(Guid eventId);
}
