using System.Collections.Concurrent;
using System.Text.Json;
using MimeKit;
using PatientNetwork.AppHost.Smtp;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Events;

/// <summary>
/// What registrants received in this run: the .eml files the app host's real SMTP server stored (parsed with MimeKit)
/// and the JSON files of the local SMS sink. Files are parsed once and remembered.
/// </summary>
public static class Inbox
{
    private static readonly ConcurrentDictionary<string, ReceivedMail> Mails = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, ReceivedSms> Texts = new(StringComparer.Ordinal);

    public static IReadOnlyList<ReceivedMail> MailsTo(this PatientNetworkFixture system, string address)
    {
        var folder = system.DataPath(SmtpResourceExtensions.MailFolder);
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
        {
            Mails.GetOrAdd(file, path =>
            {
                using var message = MimeMessage.Load(path);
                return new ReceivedMail(
                    message.To.Mailboxes.Single().Address, message.Subject ?? "", message.TextBody ?? "", message.MessageId ?? "",
                    message.Body?.Headers[HeaderId.ContentLanguage]);
            });
        }

        return Mails.Values.Where(m => string.Equals(m.To, address, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    public static IReadOnlyList<ReceivedSms> SmsTo(this PatientNetworkFixture system, string phone)
    {
        var folder = system.DataPath(SmtpResourceExtensions.SmsFolder);
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json") : [])
        {
            Texts.GetOrAdd(file, path =>
            {
                using var json = JsonDocument.Parse(File.ReadAllText(path));
                var root = json.RootElement;
                return new ReceivedSms(root.GetProperty("to").GetString()!, root.GetProperty("text").GetString()!, root.GetProperty("messageId").GetString()!);
            });
        }

        return Texts.Values.Where(t => t.To == phone).ToList();
    }

    /// <summary>Waits until <paramref name="address"/> has received <paramref name="count"/> mails whose subject contains <paramref name="subject"/>.</summary>
    public static Task<IReadOnlyList<ReceivedMail>> MailsAsync(this PatientNetworkFixture system, string address, string subject, int count = 1) =>
        Eventually.Until(
            () => Task.FromResult<IReadOnlyList<ReceivedMail>>(system.MailsTo(address).Where(m => m.Subject.Contains(subject, StringComparison.Ordinal)).ToList()),
            mails => mails.Count >= count, TimeSpan.FromSeconds(60), $"{count} mail(s) '{subject}' to {address}");

    /// <summary>A unique address and a unique Moroccan mobile number for one registrant of a test.</summary>
    public static (string Email, string Phone) NewContact()
    {
        var digits = Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ($"{Api.RandomName().ToLowerInvariant()}.{Guid.NewGuid():N}@example.org", "+2126" + digits);
    }
}
