namespace PatientNetwork.Messaging.Outbox;

internal sealed record OutboxDeliveryResult(OutboxDeliveryOutcome Outcome, Exception? Failure);
