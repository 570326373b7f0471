namespace PatientNetwork.Contracts;

/// <summary>Funding paid an approved claim in a payout run. No name, no amount, no bank detail.</summary>
public sealed record ClaimPaid(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ClaimId,
    Guid PatientId,
    string AssociationId,
    Guid PayoutRunId) : IIntegrationEvent;
