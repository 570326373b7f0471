using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Messaging.Inbox;

namespace PatientNetwork.Funding.Deaths;

/// <summary>Keeps the date of death (the day of the event when the Registry has none), so no medicine dispensed after it is covered.</summary>
public sealed class RecordDeathWhenPatientDeceased(
    FundingDbContext db,
    TimeProvider time,
    ILogger<RecordDeathWhenPatientDeceased> logger)
    : IdempotentConsumer<PatientDeceased, FundingDbContext>(db, time, logger)
{
    public override string InboxName => "RecordDeathWhenPatientDeceased";

    protected override async Task HandleAsync(PatientDeceased message, CancellationToken cancellationToken)
    {
        var day = message.DateOfDeath ?? DateOnly.FromDateTime(message.OccurredAt.UtcDateTime);
        var death = await Db.PatientDeaths.FirstOrDefaultAsync(d => d.PatientId == message.PatientId, cancellationToken);
        if (death is null)
        {
            Db.PatientDeaths.Add(PatientDeath.Of(message.PatientId, message.AssociationId, day, message.OccurredAt));
        }
        else if (message.OccurredAt > death.RecordedAt)
        {
            death.Correct(day, message.OccurredAt);
        }
    }
}
