using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace PatientNetwork.Messaging.Health;

/// <summary>
/// Runs just before MassTransit starts the bus. MassTransit retries a refused first connection after
/// 3 s, then about 6 and 12 s, so a service that boots alongside a broker still starting came up to
/// 15 s after the broker did. Trying a connection every quarter second first lets the bus connect at
/// its first attempt. It waits at most MassTransit's own start timeout, then lets MassTransit try and
/// fail as it would, within that timeout again.
/// </summary>
internal sealed partial class BrokerStartupWait(Uri broker, IOptions<MassTransitHostOptions> hostOptions, ILogger<BrokerStartupWait> logger) : IHostedService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = broker, RequestedConnectionTimeout = TimeSpan.FromSeconds(2), ClientProvidedName = "startup probe" };
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(hostOptions.Value.StartTimeout ?? TimeSpan.FromSeconds(60));
        var attempts = 0;
        try
        {
            while (true)
            {
                attempts++;
                try
                {
                    await using var connection = await factory.CreateConnectionAsync(patience.Token);
                    await connection.CloseAsync(patience.Token);
                    if (attempts > 1)
                    {
                        LogBrokerAnswered(attempts);
                    }

                    return;
                }
                catch (BrokerUnreachableException)
                {
                    await Task.Delay(Interval, patience.Token);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogBrokerSilent(attempts);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 7107, Level = LogLevel.Information, Message = "RabbitMQ answered after {Attempts} connection attempts; starting the bus")]
    private partial void LogBrokerAnswered(int attempts);

    [LoggerMessage(EventId = 7108, Level = LogLevel.Warning, Message = "RabbitMQ did not answer {Attempts} connection attempts; starting the bus anyway")]
    private partial void LogBrokerSilent(int attempts);
}
