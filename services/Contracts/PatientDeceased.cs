namespace PatientNetwork.Contracts;

/// <summary>A patient died; services stop reminders and close what is open, with care.</summary>
public sealed record PatientDeceased(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PatientId,
    string AssociationId,
    DateOnly? DateOfDeath) : IIntegrationEvent;
