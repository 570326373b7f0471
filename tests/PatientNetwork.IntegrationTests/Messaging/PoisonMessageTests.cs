using System.Text;
using MassTransit;
using PatientNetwork.Contracts;
using PatientNetwork.IntegrationTests.Infrastructure;
using RabbitMQ.Client;

namespace PatientNetwork.IntegrationTests.Messaging;

[Collection(SystemCollection.Name)]
public sealed class PoisonMessageTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_message_a_consumer_cannot_handle_ends_in_its_error_queue_with_the_reason()
    {
        var bus = system.Bus;
        var poison = new PatientRegistered(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), new string('x', 100), null, "leukemia", "casablanca-settat", false);

        await bus.Publish(poison, context => context.MessageId = poison.EventId);

        var factory = new ConnectionFactory { Uri = system.BrokerUri };
        await using var connection = await factory.CreateConnectionAsync();
        var faulted = await Eventually.Until(
            () => FindAsync(connection, "funding-open-coverage-account-when-patient-registered_error", poison.EventId),
            message => message is not null,
            TimeSpan.FromSeconds(60),
            "the poison message in the error queue");

        var reason = Encoding.UTF8.GetString((byte[])faulted!.BasicProperties.Headers!["MT-Fault-Message"]!);
        Assert.Contains("value too long", reason, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>MassTransit creates the error queue with the first fault, after the retries; until then the queue is not found.</summary>
    private static async Task<BasicGetResult?> FindAsync(IConnection connection, string queue, Guid messageId)
    {
        await using var channel = await connection.CreateChannelAsync();
        BasicGetResult? message;
        try
        {
            message = await channel.BasicGetAsync(queue, autoAck: false);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == 404)
        {
            return null;
        }

        while (message is not null)
        {
            if (message.BasicProperties.MessageId == messageId.ToString())
            {
                await channel.BasicAckAsync(message.DeliveryTag, multiple: false);
                return message;
            }

            message = await channel.BasicGetAsync(queue, autoAck: false);
        }

        return null;
    }
}
