using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PatientNetwork.Events.BloodDrives.Donors;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Events.Registrations;
using PatientNetwork.Notifications.Mail;
using PatientNetwork.Notifications.Sms;

namespace PatientNetwork.Events.Notifications;

/// <summary>
/// On every instance, every <see cref="NotificationOptions.SendEvery"/>: claims the notifications due with
/// <c>SELECT … FOR UPDATE SKIP LOCKED</c> in a transaction, sends each (email through SMTP, SMS through the adapter),
/// and marks it sent, or failed with a back-off, before committing. A row claimed by one instance is skipped by the
/// others, so no two instances send the same notification; a crash before the commit leaves the rows unsent for the
/// next pass (at least once: the stable Message-ID lets a mailbox recognise the rare repeat). After one failure on a
/// channel, the batch's other rows of that channel wait with it instead of each waiting on a server that is down.
/// </summary>
public sealed class NotificationSender(IServiceScopeFactory scopes, TimeProvider time, IOptions<NotificationOptions> options, ILogger<NotificationSender> logger) : BackgroundService
{
    /// <summary>The domain of every notification's Message-ID.</summary>
    public const string MessageIdDomain = "events.patientnetwork";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SendEvery, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                while (await SendDueAsync(stoppingToken) is { Claimed: var claimed, Failed: 0 } && claimed == options.Value.BatchSize)
                {
                    // A full batch and no failure: more may be due at once.
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.SendPassFailed(logger, exception.GetType().Name);
            }
        }
    }

    /// <summary>One batch: claims, sends, records the outcomes and commits.</summary>
    public async Task<SendPass> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var contacts = scope.ServiceProvider.GetRequiredService<RegistrantContacts>();
        var mail = scope.ServiceProvider.GetRequiredService<IMailSender>();
        var sms = scope.ServiceProvider.GetRequiredService<ISmsSender>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var due = await db.Notifications
            .FromSql($"""
                SELECT * FROM notifications
                WHERE sent_at IS NULL AND abandoned_at IS NULL AND next_attempt_at <= {now}
                ORDER BY next_attempt_at
                LIMIT {settings.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return new SendPass(0, 0);
        }

        var ids = due.Where(n => n.RegistrationId is not null).Select(n => n.RegistrationId!.Value).Distinct().ToList();
        var donors = scope.ServiceProvider.GetRequiredService<DonorContacts>();
        var registrations = await db.Registrations.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var channelDownUntil = new Dictionary<NotificationChannel, DateTimeOffset>();
        var failed = 0;
        foreach (var notification in due)
        {
            if (channelDownUntil.TryGetValue(notification.Channel, out var until))
            {
                notification.Defer(until);
                continue;
            }

            try
            {
                if (notification.DirectText is not null)
                {
                    await sms.SendAsync(new OutgoingSms(donors.PhoneOf(notification.DirectRecipient)!, donors.DecryptText(notification.DirectText), notification.Id.ToString("N")), cancellationToken);
                }
                else
                {
                    await SendAsync(notification, registrations[notification.RegistrationId!.Value], contacts, mail, sms, cancellationToken);
                }

                notification.MarkSent(time.GetUtcNow());
                Log.Sent(logger, notification.Id, notification.Kind, notification.Channel, notification.RegistrationId);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failed++;
                // The type only: the message of an SMTP refusal may quote the recipient's address.
                var failure = exception.GetType().Name;
                var failedAt = time.GetUtcNow();
                if (notification.MarkFailed(failedAt, failure, settings.RetryAfter, settings.RetryCap, settings.MaxAttempts))
                {
                    Log.GivenUp(logger, notification.Id, notification.Kind, notification.Channel, notification.Attempts, failure);
                }
                else
                {
                    Log.NotDelivered(logger, notification.Id, notification.Kind, notification.Channel, notification.Attempts, failure, notification.NextAttemptAt);
                    channelDownUntil[notification.Channel] = notification.NextAttemptAt;
                }
            }
        }

        // Outcomes are saved whatever happens next: the sends have happened.
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return new SendPass(due.Count, failed);
    }

    private static async Task SendAsync(Notification notification, Registration registration, RegistrantContacts contacts, IMailSender mail, ISmsSender sms, CancellationToken cancellationToken)
    {
        var notice = NotificationRenderer.Render(notification.Kind, notification.Language, notification.Facts, registration.Name, registration.Code);
        if (notification.Channel == NotificationChannel.Email)
        {
            var to = contacts.EmailOf(registration) ?? throw new InvalidOperationException("The registration has no email.");
            await mail.SendAsync(new OutgoingMail(to, notice.Subject, notice.Body, notification.Language, $"{notification.Id:N}@{MessageIdDomain}"), cancellationToken);
        }
        else
        {
            var to = contacts.PhoneOf(registration) ?? throw new InvalidOperationException("The registration has no phone.");
            await sms.SendAsync(new OutgoingSms(to, notice.Sms, notification.Id.ToString("N")), cancellationToken);
        }
    }
}
