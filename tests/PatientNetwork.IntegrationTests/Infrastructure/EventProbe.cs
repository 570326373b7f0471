using System.Text;
using RabbitMQ.Client;

namespace PatientNetwork.IntegrationTests.Infrastructure;

/// <summary>
/// Listens on RabbitMQ to what a service publishes, as a future consumer would: binds a private,
/// auto-deleted queue to the MassTransit exchange of one integration event type.
/// </summary>
public sealed class EventProbe : IAsyncDisposable
{
    private readonly IConnection connection;
    private readonly IChannel channel;
    private readonly string queue;

    private EventProbe(IConnection connection, IChannel channel, string queue)
    {
        this.connection = connection;
        this.channel = channel;
        this.queue = queue;
    }

    public static async Task<EventProbe> ListenAsync(PatientNetworkFixture system, string eventType)
    {
        var connection = await new ConnectionFactory { Uri = system.BrokerUri }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var exchange = $"PatientNetwork.Contracts:{eventType}";
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        var declared = await channel.QueueDeclareAsync(queue: "", durable: false, exclusive: true, autoDelete: true);
        await channel.QueueBindAsync(declared.QueueName, exchange, routingKey: "");
        return new EventProbe(connection, channel, declared.QueueName);
    }

    /// <summary>The first published message whose body mentions <paramref name="text"/> (a patient id, say).</summary>
    public Task<string> WaitForAsync(string text, TimeSpan timeout) =>
        Eventually.Until(async () =>
        {
            while (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
            {
                var body = Encoding.UTF8.GetString(message.Body.Span);
                if (body.Contains(text, StringComparison.Ordinal))
                {
                    return body;
                }
            }

            return null;
        }, body => body is not null, timeout, $"a message mentioning {text}").ContinueWith(t => t.Result!, TaskScheduler.Default);

    public async ValueTask DisposeAsync()
    {
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }
}
