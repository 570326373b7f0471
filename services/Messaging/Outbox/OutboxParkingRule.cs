namespace PatientNetwork.Messaging.Outbox;

/// <summary>
/// When an unreadable outbox row is given up on: after <see cref="Attempts"/> failures spread over
/// at least <see cref="FailingFor"/>. The time span keeps a row alive through a rolling deployment,
/// when a replica still on the old version cannot read an event type the new version writes.
/// </summary>
public sealed record OutboxParkingRule(int Attempts, TimeSpan FailingFor)
{
    public bool ShouldPark(int attempts, DateTimeOffset firstFailedAt, DateTimeOffset now) =>
        attempts >= Attempts && now - firstFailedAt >= FailingFor;
}
