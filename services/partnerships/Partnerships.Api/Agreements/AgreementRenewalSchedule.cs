using Microsoft.Extensions.Options;
using PatientNetwork.ServiceDefaults.Jobs;

namespace PatientNetwork.Partnerships.Agreements;

/// <summary>Runs <see cref="AgreementRenewals"/> at start-up and at every interval.</summary>
public sealed class AgreementRenewalSchedule(
    IServiceScopeFactory scopes, IOptions<AgreementOptions> options, TimeProvider time, ILogger<AgreementRenewalSchedule> logger)
    : ScopedIntervalJob<AgreementRenewals>(scopes, time, logger)
{
    protected override TimeSpan Interval => options.Value.RenewalCheckEvery;

    protected override bool RunsAtStart => true;

    protected override Task RunAsync(AgreementRenewals renewals, CancellationToken cancellationToken) => renewals.RunAsync(cancellationToken);
}
