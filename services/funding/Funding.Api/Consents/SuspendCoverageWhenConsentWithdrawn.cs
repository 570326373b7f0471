using PatientNetwork.Contracts;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Messaging.Inbox;

namespace PatientNetwork.Funding.Consents;

/// <summary>Withdrawing medicine-funding consent suspends the patient's coverage; other purposes are not Funding's concern.</summary>
public sealed class SuspendCoverageWhenConsentWithdrawn(
    FundingDbContext db,
    TimeProvider time,
    ILogger<SuspendCoverageWhenConsentWithdrawn> logger)
    : IdempotentConsumer<ConsentWithdrawn, FundingDbContext>(db, time, logger)
{
    public override string InboxName => "SuspendCoverageWhenConsentWithdrawn";

    protected override Task HandleAsync(ConsentWithdrawn message, CancellationToken cancellationToken) =>
        message.Purpose == ConsentPurposes.MedicineFunding
            ? MedicineFundingConsents.ApplyAsync(Db, message.PatientId, given: false, message.OccurredAt, cancellationToken)
            : Task.CompletedTask;
}
