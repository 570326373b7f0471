using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PatientNetwork.ServiceDefaults.Jobs;

/// <summary>An <see cref="IntervalJob"/> whose pass is a scoped service (a DbContext's lifetime is one pass).</summary>
public abstract class ScopedIntervalJob<TWork>(IServiceScopeFactory scopes, TimeProvider time, ILogger logger) : IntervalJob(time, logger)
    where TWork : notnull
{
    protected abstract Task RunAsync(TWork work, CancellationToken cancellationToken);

    protected sealed override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await RunAsync(scope.ServiceProvider.GetRequiredService<TWork>(), cancellationToken);
    }
}
