using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.Partnerships.Infrastructure;

namespace PatientNetwork.Partnerships.Agreements;

/// <summary>
/// One pass of the renewal job: agreements past their end become expired (publishing <c>PartnerAgreementChanged</c>),
/// and a reminder is recorded once per agreement and lead time for active agreements ending within it. Safe to run on
/// several replicas at once: expiries lock their rows with SKIP LOCKED, reminders rely on a unique index. The reminders
/// are mailed after this commits, by <see cref="RenewalReminderMailer"/>.
/// </summary>
public sealed partial class AgreementRenewals(PartnershipsDbContext db, IOptions<AgreementOptions> options, TimeProvider time, ILogger<AgreementRenewals> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await ExpireEndedAsync(cancellationToken);
        await RecordDueRemindersAsync(cancellationToken);
    }

    private async Task ExpireEndedAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = AgreementCap.Today(time);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ended = await db.Agreements
            .FromSql($"SELECT * FROM partner_agreements WHERE status = 'Active' AND ends_on < {today} ORDER BY ends_on, id LIMIT 500 FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        foreach (var agreement in ended.Where(a => a.ExpireIfEnded(now, today)))
        {
            db.AddIntegrationEvent(AgreementEvents.Changed(agreement, now));
            LogExpired(agreement.Id, agreement.PartnerId, agreement.EndsOn!.Value);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task RecordDueRemindersAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = AgreementCap.Today(time);
        foreach (var lead in options.Value.LeadDays)
        {
            var horizon = today.AddDays(lead);
            // The unique index on (agreement_id, lead_days) makes a second replica's insert of the same reminder a no-op;
            // RETURNING names only the rows this pass wrote, so each reminder is logged once.
            var recorded = await db.Database.SqlQuery<RecordedReminder>($"""
                INSERT INTO agreement_renewal_reminders (agreement_id, partner_id, association_id, lead_days, ends_on, recorded_at, attempts, next_attempt_at)
                SELECT id, partner_id, association_id, {lead}, ends_on, {now}, 0, {now}
                FROM partner_agreements
                WHERE status = 'Active' AND ends_on IS NOT NULL AND ends_on >= {today} AND ends_on <= {horizon}
                ON CONFLICT (agreement_id, lead_days) DO NOTHING
                RETURNING agreement_id, partner_id, ends_on
                """).ToListAsync(cancellationToken);
            foreach (var reminder in recorded)
            {
                LogReminder(reminder.AgreementId, reminder.PartnerId, lead, reminder.EndsOn);
            }
        }
    }

    private sealed record RecordedReminder(Guid AgreementId, string PartnerId, DateOnly EndsOn);

    [LoggerMessage(EventId = 9301, Level = LogLevel.Information, Message = "Agreement {AgreementId} of partner {PartnerId} ends on {EndsOn}, within {LeadDays} days: renewal reminder recorded")]
    private partial void LogReminder(Guid agreementId, string partnerId, int leadDays, DateOnly endsOn);

    [LoggerMessage(EventId = 9302, Level = LogLevel.Information, Message = "Agreement {AgreementId} of partner {PartnerId} ended on {EndsOn} and is now expired")]
    private partial void LogExpired(Guid agreementId, string partnerId, DateOnly endsOn);
}
