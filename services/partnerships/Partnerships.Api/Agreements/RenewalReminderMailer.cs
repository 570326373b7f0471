using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PatientNetwork.Notifications.Mail;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.Protection;

namespace PatientNetwork.Partnerships.Agreements;

/// <summary>
/// E-mails recorded renewal reminders (ADR 0033). One pass claims reminders due with <c>FOR UPDATE SKIP LOCKED</c> in a
/// transaction, sends each as one message (the association's addresses, plus the agreement's contacts when the
/// association chose so) and marks it sent, or failed with a back-off, before committing. A reminder claimed by one
/// instance is skipped by the others, and a sent one is never claimed again; only a crash between the server's
/// acceptance and the commit can repeat a mail, with the same Message-ID. Reminders of agreements no longer active or
/// already past their end are not mailed; a longer lead time's reminder is superseded by a shorter one's.
/// </summary>
public sealed partial class RenewalReminderMailer(
    PartnershipsDbContext db, IMailSender mail, FieldEncryptor encryptor, IOptions<AgreementOptions> options, TimeProvider time, ILogger<RenewalReminderMailer> logger)
{
    /// <summary>The domain of every reminder's Message-ID.</summary>
    public const string MessageIdDomain = "partnerships.patientnetwork";

    /// <summary>The failure recorded when there is nobody to write to.</summary>
    public const string NoRecipient = "NoRecipient";

    /// <summary>Who the audit row of a use of the contacts for a reminder names.</summary>
    public const string Mailer = "system:renewal-reminders";

    /// <summary>One batch: claims, sends, records the outcomes and commits; the number of reminders claimed.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var today = AgreementCap.Today(time);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.RenewalReminders
            .FromSql($"""
                SELECT r.* FROM agreement_renewal_reminders r
                JOIN partner_agreements a ON a.id = r.agreement_id
                WHERE r.sent_at IS NULL AND r.superseded_at IS NULL AND r.next_attempt_at <= {now}
                  AND a.status = 'Active' AND r.ends_on >= {today}
                ORDER BY r.next_attempt_at, r.id
                LIMIT {settings.RenewalMailBatchSize}
                FOR UPDATE OF r SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var agreementIds = due.Select(r => r.AgreementId).Distinct().ToList();
        var shortestLead = await db.RenewalReminders.AsNoTracking().Where(r => agreementIds.Contains(r.AgreementId))
            .GroupBy(r => r.AgreementId).Select(g => new { AgreementId = g.Key, Lead = g.Min(r => r.LeadDays) })
            .ToDictionaryAsync(x => x.AgreementId, x => x.Lead, cancellationToken);
        var agreements = await db.Agreements.AsNoTracking().Where(a => agreementIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var partnerIds = agreements.Values.Select(a => a.PartnerId).Distinct().ToList();
        var partnerNames = await db.Partners.AsNoTracking().Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var serverDown = false;
        foreach (var reminder in due)
        {
            if (reminder.LeadDays > shortestLead[reminder.AgreementId])
            {
                reminder.MarkSuperseded(now);
                LogSuperseded(reminder.Id, reminder.AgreementId, reminder.LeadDays, shortestLead[reminder.AgreementId]);
                continue;
            }

            if (serverDown)
            {
                // The server just failed for another reminder: this one waits for the next pass, without counting an attempt.
                continue;
            }

            var agreement = agreements[reminder.AgreementId];
            var association = settings.RenewalReminderRecipients.GetValueOrDefault(reminder.AssociationId);
            try
            {
                var recipients = Recipients(association, agreement);
                if (recipients.Count == 0)
                {
                    // Nobody to write to yet (the association's addresses are not configured): retried with the back-off, so it goes once they are.
                    reminder.MarkFailed(time.GetUtcNow(), NoRecipient, settings.RenewalMailRetryAfter, settings.RenewalMailRetryCap);
                    LogNoRecipient(reminder.Id, reminder.AgreementId, reminder.AssociationId, reminder.NextAttemptAt);
                    continue;
                }

                var text = RenewalReminderMail.Render(
                    new RenewalMailFacts(partnerNames.GetValueOrDefault(agreement.PartnerId, agreement.PartnerId), agreement.Kind, agreement.Title, reminder.EndsOn, today,
                        PartnerPage(settings.WebAppUrl, agreement.PartnerId)),
                    association?.Language);
                await mail.SendAsync(
                    new OutgoingMail(recipients[0], text.Subject, text.Body, text.Languages, $"renewal-{reminder.Id}@{MessageIdDomain}", recipients.Skip(1).ToList()),
                    cancellationToken);
                var sentAt = time.GetUtcNow();
                reminder.MarkSent(sentAt);
                if (association?.CopyAgreementContacts == true)
                {
                    // The contacts' addresses left the service in this mail: a use of them, audited as a staff read is.
                    db.Add(new AgreementAccess(agreement.Id, agreement.AssociationId, Mailer, AgreementAccess.ContactsMailed, sentAt));
                }

                LogSent(reminder.Id, reminder.AgreementId, reminder.PartnerId, reminder.LeadDays);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Shutting down: this one was not sent; the ones before it were, and their marks are saved below.
                break;
            }
            catch (Exception exception)
            {
                // The type only: the message of an SMTP refusal may quote an address.
                var failure = exception.GetType().Name;
                reminder.MarkFailed(time.GetUtcNow(), failure, settings.RenewalMailRetryAfter, settings.RenewalMailRetryCap);
                LogNotSent(reminder.Id, reminder.AgreementId, reminder.Attempts, failure, reminder.NextAttemptAt);
                serverDown = true;
            }
        }

        // Outcomes are saved whatever happens next: the sends have happened.
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return due.Count;
    }

    /// <summary>
    /// The association's addresses first (the first is the mail's To), then the agreement's contacts' emails when the
    /// association copies them; each address once.
    /// </summary>
    private List<string> Recipients(RenewalReminderRecipients? association, PartnerAgreement agreement)
    {
        var recipients = (association?.Addresses ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList();
        if (association?.CopyAgreementContacts == true)
        {
            recipients.AddRange(AgreementContact.Read(agreement.ProtectedContacts, encryptor).Select(c => c.Email).OfType<string>());
        }

        return recipients.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The partner's page of the staff web app, or null without a usable (http or https) address of the web app.</summary>
    public static Uri? PartnerPage(string? webAppUrl, string partnerId)
    {
        if (string.IsNullOrWhiteSpace(webAppUrl)
            || !Uri.TryCreate(webAppUrl.Trim().TrimEnd('/') + "/", UriKind.Absolute, out var root)
            || (root.Scheme != Uri.UriSchemeHttps && root.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        return new Uri(root, $"partners/{Uri.EscapeDataString(partnerId)}");
    }


    [LoggerMessage(EventId = 8622, Level = LogLevel.Information, Message = "Renewal reminder {ReminderId} of agreement {AgreementId} (partner {PartnerId}, {LeadDays} days) mailed")]
    private partial void LogSent(long reminderId, Guid agreementId, string partnerId, int leadDays);

    [LoggerMessage(EventId = 8623, Level = LogLevel.Warning, Message = "Renewal reminder {ReminderId} of agreement {AgreementId} not mailed on attempt {Attempt} ({Failure}); retried at {NextAttemptAt}")]
    private partial void LogNotSent(long reminderId, Guid agreementId, int attempt, string failure, DateTimeOffset nextAttemptAt);

    [LoggerMessage(EventId = 8624, Level = LogLevel.Information, Message = "Renewal reminder {ReminderId} of agreement {AgreementId} ({LeadDays} days) not mailed: the {ShorterLeadDays}-day reminder is")]
    private partial void LogSuperseded(long reminderId, Guid agreementId, int leadDays, int shorterLeadDays);

    [LoggerMessage(EventId = 8625, Level = LogLevel.Warning, Message = "Renewal reminder {ReminderId} of agreement {AgreementId} not mailed: no recipient configured for association {AssociationId} (Agreements:RenewalReminderRecipients); retried at {NextAttemptAt}")]
    private partial void LogNoRecipient(long reminderId, Guid agreementId, string associationId, DateTimeOffset nextAttemptAt);
}
