namespace PatientNetwork.Contracts;

/// <summary>
/// A service needs a patient's record kept (or no longer needs it): money paid on the patient's
/// behalf, a legal retention period. While any hold is on, the registry refuses to erase identity.
/// </summary>
public sealed record RetentionHoldChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PatientId,
    string AssociationId,
    string Source,
    bool Held,
    string Reason) : IIntegrationEvent;
