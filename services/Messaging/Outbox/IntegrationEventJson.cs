using System.Text.Json;
using PatientNetwork.Contracts;

namespace PatientNetwork.Messaging.Outbox;

internal static class IntegrationEventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IIntegrationEvent Deserialize(OutboxMessage message)
    {
        var type = typeof(IIntegrationEvent).Assembly.GetType(message.Type)
            ?? throw new InvalidOperationException($"Unknown integration event type '{message.Type}'.");
        return (IIntegrationEvent)(JsonSerializer.Deserialize(message.Payload, type, Options)
            ?? throw new InvalidOperationException($"Outbox row {message.Id} has an empty payload."));
    }
}
