using PatientNetwork.Contracts;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Messaging.Inbox;

namespace PatientNetwork.Funding.Consents;

/// <summary>Giving medicine-funding consent (again) makes a suspended account active; other purposes are not Funding's concern.</summary>
public sealed class ResumeCoverageWhenConsentGiven(
    FundingDbContext db,
    TimeProvider time,
    ILogger<ResumeCoverageWhenConsentGiven> logger)
    : IdempotentConsumer<ConsentGiven, FundingDbContext>(db, time, logger)
{
    public override string InboxName => "ResumeCoverageWhenConsentGiven";

    protected override Task HandleAsync(ConsentGiven message, CancellationToken cancellationToken) =>
        message.Purpose == ConsentPurposes.MedicineFunding
            ? MedicineFundingConsents.ApplyAsync(Db, message.PatientId, given: true, message.OccurredAt, cancellationToken)
            : Task.CompletedTask;
}
