using Microsoft.Extensions.Options;
using PatientNetwork.ServiceDefaults.Jobs;

namespace PatientNetwork.Partnerships.Statistics.Releases;

/// <summary>Looks for changed counts at start-up and at every interval, and releases them.</summary>
public sealed class StatisticsReleaseSchedule(
    IServiceScopeFactory scopes, IOptions<ReleaseOptions> options, TimeProvider time, ILogger<StatisticsReleaseSchedule> logger)
    : ScopedIntervalJob<StatisticsReleaser>(scopes, time, logger)
{
    protected override TimeSpan Interval => options.Value.Interval;

    protected override bool RunsAtStart => true;

    protected override Task RunAsync(StatisticsReleaser releaser, CancellationToken cancellationToken) => releaser.ReleaseIfChangedAsync(cancellationToken);
}
