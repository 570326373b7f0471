namespace PatientNetwork.Contracts;

/// <summary>Every claim of a payout run was paid or returned; how many of each, no amounts.</summary>
public sealed record PayoutRunCompleted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PayoutRunId,
    string AssociationId,
    int ClaimsPaid,
    int ClaimsReturned) : IIntegrationEvent;
