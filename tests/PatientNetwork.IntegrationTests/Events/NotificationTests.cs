using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PatientNetwork.AppHost.Model;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Events;

/// <summary>
/// Registrants' notices reach the app host's real SMTP server (read back as .eml with MimeKit) and the local SMS sink,
/// in their language, once each: confirmation, offer, reminder, change and cancellation, also while SMTP is down.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class NotificationTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_registration_is_confirmed_by_mail_in_the_registrant_s_language_and_by_SMS()
    {
        using var coordinator = await system.SignInAsync("amal.admin");
        var eventId = await coordinator.ScheduleIdAsync(EventsApi.NewEvent(capacity: 1));
        var (arabicEmail, arabicPhone) = Inbox.NewContact();
        var (englishEmail, _) = Inbox.NewContact();

        var registered = await coordinator.RegisterAsync(eventId, Party(arabicEmail, arabicPhone, "ar"));
        var waitlisted = await coordinator.RegisterAsync(eventId, Party(englishEmail, null, "en"));

        var confirmation = (await system.MailsAsync(arabicEmail, "تأكيد التسجيل")).Single();
        Assert.Equal("ar", confirmation.Language);
        Assert.Contains(registered.GetProperty("code").GetString()!, confirmation.Body, StringComparison.Ordinal);
        Assert.Contains("الدار البيضاء", confirmation.Body, StringComparison.Ordinal);
        var sms = await Eventually.Until(() => Task.FromResult(system.SmsTo(arabicPhone)), t => t.Count > 0, TimeSpan.FromSeconds(60), "the confirmation SMS");
        Assert.Contains(registered.GetProperty("code").GetString()!, Assert.Single(sms).Text, StringComparison.Ordinal);
        var waiting = (await system.MailsAsync(englishEmail, "Waiting list")).Single();
        Assert.Equal("en", waiting.Language);
        Assert.Contains(waitlisted.GetProperty("code").GetString()!, waiting.Body, StringComparison.Ordinal);
        Assert.Single(system.MailsTo(arabicEmail));
    }

    [Fact]
    public async Task A_freed_place_is_offered_by_mail_with_its_expiry()
    {
        using var coordinator = await system.SignInAsync("amal.admin");
        var eventId = await coordinator.ScheduleIdAsync(EventsApi.NewEvent(capacity: 1));
        var (holderEmail, _) = Inbox.NewContact();
        var (nextEmail, nextPhone) = Inbox.NewContact();
        var holder = await coordinator.RegisterAsync(eventId, Party(holderEmail, null, "fr"));
        await coordinator.RegisterAsync(eventId, Party(nextEmail, nextPhone, "fr"));

        using var cancelled = await coordinator.PostAsync($"/api/events/events/{eventId}/registrations/{holder.GetProperty("id").GetGuid()}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);

        var offer = (await system.MailsAsync(nextEmail, "Une place vous attend")).Single();
        Assert.Contains("réservée jusqu'au", offer.Body, StringComparison.Ordinal);
        await Eventually.Until(() => Task.FromResult(system.SmsTo(nextPhone)), t => t.Any(s => s.Text.Contains("réservée", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(60), "the offer SMS");
    }

    [Fact]
    public async Task Two_reminder_passes_at_once_remind_each_registrant_exactly_once_and_a_later_registration_not_at_all()
    {
        using var coordinator = await system.SignInAsync("amal.admin");
        var eventId = await coordinator.ScheduleIdAsync(EventsApi.NewEvent(capacity: 10, daysAhead: 3));
        var contacts = Enumerable.Range(0, 4).Select(_ => Inbox.NewContact()).ToList();
        foreach (var (email, phone) in contacts)
        {
            await coordinator.RegisterAsync(eventId, Party(email, phone, "fr"));
        }

        var passes = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var client = await system.SignInAsync("amal.admin");
            using var response = await client.PostAsync($"/api/events/events/{eventId}/reminders", null);
            return response.StatusCode;
        }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], passes.Order());
        var (lateEmail, latePhone) = Inbox.NewContact();
        await coordinator.RegisterAsync(eventId, Party(lateEmail, latePhone, "fr"));
        await system.MailsAsync(lateEmail, "Inscription confirmée");
        foreach (var (email, _) in contacts)
        {
            await system.MailsAsync(email, "Rappel");
        }

        await WaitUntilAllSentAsync(eventId);
        Assert.All(contacts, c => Assert.Single(system.MailsTo(c.Email), m => m.Subject.StartsWith("Rappel", StringComparison.Ordinal)));
        Assert.All(contacts, c => Assert.Single(system.SmsTo(c.Phone), s => s.Text.StartsWith("Rappel", StringComparison.Ordinal)));
        Assert.DoesNotContain(system.MailsTo(lateEmail), m => m.Subject.StartsWith("Rappel", StringComparison.Ordinal));
        Assert.DoesNotContain(system.SmsTo(latePhone), s => s.Text.StartsWith("Rappel", StringComparison.Ordinal));
        using var third = await coordinator.PostAsync($"/api/events/events/{eventId}/reminders", null);
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
    }

    [Fact]
    public async Task An_event_moved_within_the_lead_time_gets_its_reminders_from_the_sweeper_without_staff()
    {
        using var coordinator = await system.SignInAsync("amal.admin");
        var body = EventsApi.NewEvent(capacity: 5, daysAhead: 3);
        var eventId = await coordinator.ScheduleIdAsync(body);
        var (email, _) = Inbox.NewContact();
        await coordinator.RegisterAsync(eventId, Party(email, null, "ar"));

        body["startsAt"] = DateTimeOffset.UtcNow.AddHours(3);
        body["endsAt"] = DateTimeOffset.UtcNow.AddHours(5);
        using var moved = await coordinator.PutAsJsonAsync($"/api/events/events/{eventId}", body);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        // The sweeper runs every minute on each instance.
        var reminder = await Eventually.Until(
            () => Task.FromResult(system.MailsTo(email).Where(m => m.Subject.StartsWith("تذكير", StringComparison.Ordinal)).ToList()),
            mails => mails.Count > 0, TimeSpan.FromSeconds(90), "the sweeper's reminder");
        Assert.Single(reminder);
        Assert.Single(system.MailsTo(email), m => m.Subject.StartsWith("تغيير", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_change_of_time_and_a_cancellation_notify_each_registered_person_once()
    {
        using var coordinator = await system.SignInAsync("amal.admin");
        var body = EventsApi.NewEvent(capacity: 2);
        var eventId = await coordinator.ScheduleIdAsync(body);
        var contacts = Enumerable.Range(0, 3).Select(_ => Inbox.NewContact()).ToList();
        foreach (var (email, _) in contacts)
        {
            await coordinator.RegisterAsync(eventId, Party(email, null, "en"));
        }

        body["startsAt"] = ((DateTimeOffset)body["startsAt"]!).AddHours(2);
        body["endsAt"] = ((DateTimeOffset)body["endsAt"]!).AddHours(2);
        using var changed = await coordinator.PutAsJsonAsync($"/api/events/events/{eventId}", body);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        body["title"] = $"{body["title"]} (new title only)";
        using var retitled = await coordinator.PutAsJsonAsync($"/api/events/events/{eventId}", body);
        Assert.Equal(HttpStatusCode.OK, retitled.StatusCode);
        using var cancelled = await coordinator.PostAsync($"/api/events/events/{eventId}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);

        foreach (var (email, _) in contacts)
        {
            await system.MailsAsync(email, "Cancelled:");
        }

        await WaitUntilAllSentAsync(eventId);
        foreach (var (email, _) in contacts)
        {
            var mails = system.MailsTo(email);
            Assert.Single(mails, m => m.Subject.StartsWith("Change:", StringComparison.Ordinal));
            Assert.Single(mails, m => m.Subject.StartsWith("Cancelled:", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task While_SMTP_is_down_mail_is_retried_and_delivered_once_it_is_back_and_SMS_go_out_meanwhile()
    {
        using var coordinator = await system.SignInAsync("amal.admin");
        var eventId = await coordinator.ScheduleIdAsync(EventsApi.NewEvent(capacity: 5));
        var (email, phone) = Inbox.NewContact();
        Guid registrationId;
        await system.StopAsync(PatientNetworkModel.Smtp);
        try
        {
            registrationId = (await coordinator.RegisterAsync(eventId, Party(email, phone, "fr"))).GetProperty("id").GetGuid();
            await Eventually.Until(() => MailAttemptsAsync(registrationId), a => a.Attempts >= 2 && a.SentAt is null, TimeSpan.FromSeconds(60),
                "failed attempts to send the mail while SMTP is down");
            await Eventually.Until(() => Task.FromResult(system.SmsTo(phone)), t => t.Count == 1, TimeSpan.FromSeconds(60), "the SMS, which does not wait for SMTP");
        }
        finally
        {
            await system.StartAsync(PatientNetworkModel.Smtp);
        }

        var mail = (await system.MailsAsync(email, "Inscription confirmée")).Single();
        var delivered = await Eventually.Until(() => MailAttemptsAsync(registrationId), a => a.SentAt is not null, TimeSpan.FromSeconds(60), "the mail marked sent");
        await WaitUntilAllSentAsync(eventId);
        Assert.Single(system.MailsTo(email));
        Assert.Single(system.SmsTo(phone));
        Assert.True(delivered.Attempts >= 3, $"{delivered.Attempts} attempts");
        Assert.StartsWith(delivered.Id.ToString("N"), mail.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registrants_emails_and_phones_are_not_stored_in_plain_text()
    {
        using var coordinator = await system.SignInAsync("amal.admin");
        var eventId = await coordinator.ScheduleIdAsync(EventsApi.NewEvent(capacity: 5));
        var (email, phone) = Inbox.NewContact();
        var id = (await coordinator.RegisterAsync(eventId, Party(email, phone, "fr"))).GetProperty("id").GetGuid();

        await using var connection = new NpgsqlConnection(system.ConnectionString("eventsdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT email_ciphertext, phone_ciphertext FROM registrations WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var emailStored = reader.GetString(0);
        var phoneStored = reader.GetString(1);
        Assert.DoesNotContain("@", emailStored, StringComparison.Ordinal);
        Assert.DoesNotContain(email.Split('@')[0], emailStored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(phone[4..], phoneStored, StringComparison.Ordinal);
        Assert.StartsWith("v1:", emailStored, StringComparison.Ordinal);

        var seen = await coordinator.GetFromJsonAsync<JsonElement>($"/api/events/events/{eventId}/registrations/{id}");
        Assert.Equal(email, seen.GetProperty("email").GetString());
        Assert.Equal(phone, seen.GetProperty("phone").GetString());
    }

    [Fact]
    public async Task Counts_of_ended_public_registration_windows_are_pruned()
    {
        var client = $"test-{Guid.NewGuid():N}";
        await ExecuteAsync("INSERT INTO public_registration_windows (client, window_start, count) VALUES (@client, now() - interval '2 hours', 3)", ("client", client));

        await Eventually.Until(() => ScalarAsync($"SELECT count(*)::text FROM public_registration_windows WHERE client = '{client}'"),
            v => v == "0", TimeSpan.FromSeconds(60), "the ended window pruned");
    }

    [Fact]
    public async Task Notifications_sent_or_given_up_long_ago_are_pruned_and_those_still_waiting_or_recent_are_kept()
    {
        var eventId = Guid.NewGuid();
        var sentLongAgo = await InsertNotificationAsync(eventId, "sent_at = now() - interval '31 days'");
        var givenUpLongAgo = await InsertNotificationAsync(eventId, "abandoned_at = now() - interval '40 days'");
        var sentYesterday = await InsertNotificationAsync(eventId, "sent_at = now() - interval '1 day'");
        var waitingSinceLongAgo = await InsertNotificationAsync(eventId, "created_at = now() - interval '90 days'");

        await Eventually.Until(() => ScalarAsync($"SELECT count(*)::text FROM notifications WHERE id IN ('{sentLongAgo}', '{givenUpLongAgo}')"),
            v => v == "0", TimeSpan.FromSeconds(60), "the notifications sent or given up 30 days ago pruned");

        Assert.Equal("2", await ScalarAsync($"SELECT count(*)::text FROM notifications WHERE id IN ('{sentYesterday}', '{waitingSinceLongAgo}')"));
    }

    /// <summary>A direct SMS row as the blood drives queue them, then aged by <paramref name="age"/>; never due, so the sender leaves it.</summary>
    private async Task<Guid> InsertNotificationAsync(Guid eventId, string age)
    {
        var id = Guid.NewGuid();
        await ExecuteAsync(
            "INSERT INTO notifications (id, event_id, kind, channel, key, language, facts, created_at, attempts, next_attempt_at) "
            + "VALUES (@id, @event, 'DirectMessage', 'Sms', @key, 'fr', '{}', now(), 1, now() + interval '30 days')",
            ("id", id), ("event", eventId), ("key", $"prune-test:{id}"));
        await ExecuteAsync($"UPDATE notifications SET {age} WHERE id = @id", ("id", id));
        return id;
    }

    private static object Party(string email, string? phone, string language) => new
    {
        name = $"Famille {Api.RandomName()}",
        email,
        phone,
        language,
        adults = 1,
    };

    private async Task WaitUntilAllSentAsync(Guid eventId) =>
        await Eventually.Until(() => ScalarAsync($"SELECT count(*)::text FROM notifications WHERE event_id = '{eventId}' AND sent_at IS NULL"),
            v => v == "0", TimeSpan.FromSeconds(60), $"every notification of event {eventId} sent");

    private async Task<(Guid Id, int Attempts, DateTimeOffset? SentAt)> MailAttemptsAsync(Guid registrationId)
    {
        await using var connection = new NpgsqlConnection(system.ConnectionString("eventsdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id, attempts, sent_at FROM notifications WHERE registration_id = @id AND channel = 'Email'", connection);
        command.Parameters.AddWithValue("id", registrationId);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? (reader.GetGuid(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2))
            : (Guid.Empty, 0, null);
    }

    private async Task<string> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(system.ConnectionString("eventsdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString() ?? "";
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(system.ConnectionString("eventsdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
