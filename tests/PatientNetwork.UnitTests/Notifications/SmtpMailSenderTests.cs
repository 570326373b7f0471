using MimeKit;
using PatientNetwork.Notifications.Mail;

namespace PatientNetwork.UnitTests.Notifications;

public sealed class SmtpMailSenderTests
{
    [Fact]
    public async Task A_mail_goes_out_as_UTF8_plain_text_with_its_language_and_a_stable_message_id()
    {
        var settings = new SmtpOptions { Host = "127.0.0.1", FromAddress = "events@patientnetwork.local", FromName = "Hajar" };
        var mail = new OutgoingMail("famille@example.org", "تأكيد التسجيل: يوم التوعية", "مرحبا فاطمة", "ar", "0193abcd@events.patientnetwork");

        using var composed = SmtpMailSender.Compose(mail, settings);
        using var stream = new MemoryStream();
        await composed.WriteToAsync(stream);
        stream.Position = 0;
        using var parsed = await MimeMessage.LoadAsync(stream);

        Assert.Equal("تأكيد التسجيل: يوم التوعية", parsed.Subject);
        Assert.Equal("مرحبا فاطمة", parsed.TextBody?.TrimEnd());
        Assert.Equal("0193abcd@events.patientnetwork", parsed.MessageId);
        Assert.Equal("ar", parsed.Body?.Headers[HeaderId.ContentLanguage]);
        Assert.Equal("famille@example.org", parsed.To.Mailboxes.Single().Address);
        Assert.Equal("events@patientnetwork.local", parsed.From.Mailboxes.Single().Address);
    }

    [Fact]
    public void A_mail_with_copies_names_its_one_recipient_in_To_and_the_others_in_Cc()
    {
        var settings = new SmtpOptions { Host = "127.0.0.1" };
        var mail = new OutgoingMail("partenariats@hajar.example", "Renouvellement", "Bonjour", "fr, en", "renewal-7@partnerships.patientnetwork",
            ["contact@hopital.example", "direction@hajar.example"]);

        using var composed = SmtpMailSender.Compose(mail, settings);

        Assert.Equal("partenariats@hajar.example", composed.To.Mailboxes.Single().Address);
        Assert.Equal(["contact@hopital.example", "direction@hajar.example"], composed.Cc.Mailboxes.Select(m => m.Address));
    }

    [Fact]
    public async Task Without_a_configured_server_sending_fails_so_the_mail_stays_queued()
    {
        var sender = new SmtpMailSender(Microsoft.Extensions.Options.Options.Create(new SmtpOptions()));

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            sender.SendAsync(new OutgoingMail("a@example.org", "s", "b", "fr", "id@x"), CancellationToken.None));
    }
}
