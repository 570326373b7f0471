using Microsoft.Extensions.Options;

namespace PatientNetwork.Partnerships.Statistics.Releases;

/// <summary>Looks for changed counts at every interval and releases them; a failed round waits for the next.</summary>
public sealed partial class StatisticsReleaseSchedule(
    IServiceScopeFactory scopes, IOptions<ReleaseOptions> options, TimeProvider time, ILogger<StatisticsReleaseSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<StatisticsReleaser>().ReleaseIfChangedAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogReleaseFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 8902, Level = LogLevel.Warning, Message = "Statistics release failed; trying again at the next interval")]
    private partial void LogReleaseFailed(Exception exception);
}
