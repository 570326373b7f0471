using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using PatientNetwork.ServiceDefaults.Jobs;

namespace PatientNetwork.Partnerships.Credentials;

/// <summary>
/// Every token a partner gets leaves an entry (tokens are checked against it on each call, ADR 0022), so without
/// pruning the table grows by a row per token for ever. OpenIddict's pruning deletes the entries created before the
/// threshold that cannot be used any more (expired, revoked, redeemed); live tokens are never touched. Two instances
/// pruning at once delete the same rows at most once each.
/// </summary>
public sealed partial class PartnerTokenPruning(IServiceScopeFactory scopes, IOptions<PartnerTokenOptions> options, TimeProvider time, ILogger<PartnerTokenPruning> logger)
    : ScopedIntervalJob<IOpenIddictTokenManager>(scopes, time, logger)
{
    protected override TimeSpan Interval => options.Value.PruneEvery;

    protected override async Task RunAsync(IOpenIddictTokenManager tokens, CancellationToken cancellationToken)
    {
        var pruned = await tokens.PruneAsync(Time.GetUtcNow() - options.Value.KeepUnusableFor, cancellationToken);
        if (pruned > 0)
        {
            LogPruned(Logger, pruned);
        }
    }

    [LoggerMessage(EventId = 8621, Level = LogLevel.Information, Message = "Pruned {Count} partner token entries that could no longer be used")]
    private static partial void LogPruned(ILogger logger, long count);
}
