using Microsoft.Extensions.Options;
using PatientNetwork.ServiceDefaults.Jobs;

namespace PatientNetwork.Partnerships.Agreements;

/// <summary>Runs <see cref="RenewalReminderMailer"/> at every <see cref="AgreementOptions.RenewalMailEvery"/>, batch after batch while batches come full.</summary>
public sealed class RenewalMailSchedule(
    IServiceScopeFactory scopes, IOptions<AgreementOptions> options, TimeProvider time, ILogger<RenewalMailSchedule> logger)
    : ScopedIntervalJob<RenewalReminderMailer>(scopes, time, logger)
{
    protected override TimeSpan Interval => options.Value.RenewalMailEvery;

    protected override async Task RunAsync(RenewalReminderMailer mailer, CancellationToken cancellationToken)
    {
        while (await mailer.SendDueAsync(cancellationToken) == options.Value.RenewalMailBatchSize)
        {
            // A full batch: more may be due at once.
        }
    }
}
