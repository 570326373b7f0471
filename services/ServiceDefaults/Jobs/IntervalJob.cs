using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PatientNetwork.ServiceDefaults.Jobs;

/// <summary>
/// A background pass run at every <see cref="Interval"/> on every instance (the work itself makes two instances
/// safe, with locks or SKIP LOCKED). A failed pass is logged and the next one tries again: the failure is logged by
/// its type only, as an exception's message may quote the data it failed on.
/// </summary>
public abstract partial class IntervalJob(TimeProvider time, ILogger logger) : BackgroundService
{
    protected TimeProvider Time { get; } = time;

    protected ILogger Logger { get; } = logger;

    protected abstract TimeSpan Interval { get; }

    /// <summary>Whether the first pass runs at start-up, or only once the first interval has gone by.</summary>
    protected virtual bool RunsAtStart => false;

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Time);
        if (!RunsAtStart && !await timer.WaitForNextTickAsync(stoppingToken))
        {
            return;
        }

        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogPassFailed(Logger, GetType().Name, exception.GetType().Name, Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 7901, Level = LogLevel.Warning, Message = "{Job} failed ({Failure}); the next pass, in {Interval}, tries again")]
    private static partial void LogPassFailed(ILogger logger, string job, string failure, TimeSpan interval);
}
