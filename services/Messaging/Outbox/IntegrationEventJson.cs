using System.Text.Json;
using PatientNetwork.Contracts;

namespace PatientNetwork.Messaging.Outbox;

internal static class IntegrationEventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <exception cref="UnreadableOutboxMessageException">The row names no known type or its payload does not read as that type.</exception>
    public static IIntegrationEvent Deserialize(OutboxMessage message)
    {
        var type = IntegrationEventNames.TypeNamed(message.Type)
            ?? throw new UnreadableOutboxMessageException($"Unknown integration event type '{message.Type}'.");
        object? integrationEvent;
        try
        {
            integrationEvent = JsonSerializer.Deserialize(message.Payload, type, Options);
        }
        catch (JsonException exception)
        {
            throw new UnreadableOutboxMessageException($"Outbox row {message.Id} does not read as {message.Type}: {exception.Message}", exception);
        }

        return integrationEvent as IIntegrationEvent
            ?? throw new UnreadableOutboxMessageException($"Outbox row {message.Id} has an empty payload.");
    }
}
