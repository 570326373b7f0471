using Aspire.Hosting.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PatientNetwork.AppHost.Model;
using PatientNetwork.IntegrationTests.Infrastructure;
using PatientNetwork.Notifications.Mail;
using PatientNetwork.Partnerships.Agreements;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.Protection;

namespace PatientNetwork.IntegrationTests.Agreements;

/// <summary>
/// Runs one pass of Partnerships' renewal job from the test, on the system's real database, as another replica of the
/// service would, at a time of the test's choosing; and one pass of its reminder mailer, sending to the app host's SMTP
/// server with the service's own keys and the demo associations' recipients.
/// </summary>
public static class RenewalJob
{
    public static async Task RunAsync(PatientNetworkFixture system, DateTimeOffset at)
    {
        await using var db = Database(system);
        var renewals = new AgreementRenewals(db, Options.Create(new AgreementOptions()), new At(at), NullLogger<AgreementRenewals>.Instance);
        await renewals.RunAsync(CancellationToken.None);
    }

    /// <summary>One batch of the mailer, as another replica of Partnerships would send it; the number of reminders it claimed.</summary>
    public static async Task<int> MailAsync(PatientNetworkFixture system, DateTimeOffset at)
    {
        await using var db = Database(system);
        var smtp = system.App.GetEndpoint(PatientNetworkModel.Smtp, "smtp");
        var mail = new SmtpMailSender(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, FromAddress = "partenariats@patientnetwork.local" }));
        var encryptor = new FieldEncryptor(Options.Create(new IdentityProtectionOptions
        {
            CurrentKeyVersion = "v1", Keys = { ["v1"] = system.Secrets.PartnershipsEncryptionKey! },
        }));
        var options = new AgreementOptions { WebAppUrl = system.GatewayUrl.ToString() };
        options.RenewalReminderRecipients["hajar"] = new RenewalReminderRecipients { Addresses = [PatientNetworkModel.HajarRenewalMailbox], CopyAgreementContacts = true };
        options.RenewalReminderRecipients["amal"] = new RenewalReminderRecipients { Addresses = [PatientNetworkModel.AmalRenewalMailbox], Language = "ar" };
        var mailer = new RenewalReminderMailer(db, mail, encryptor, Options.Create(options), new At(at), NullLogger<RenewalReminderMailer>.Instance);
        return await mailer.SendDueAsync(CancellationToken.None);
    }

    private static PartnershipsDbContext Database(PatientNetworkFixture system) =>
        new(new DbContextOptionsBuilder<PartnershipsDbContext>()
            .UseNpgsql(system.ConnectionString("partnershipsdb"))
            .UseSnakeCaseNamingConvention()
            .Options);

    private sealed class At(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
