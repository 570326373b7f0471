namespace PatientNetwork.Contracts;

/// <summary>
/// An integration event: a fact one service tells the others. Contracts are versioned by name:
/// fields may be added (consumers ignore what they do not know), never renamed or removed;
/// a breaking change is a new record (for example <c>PatientRegisteredV2</c>) published side by side.
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
