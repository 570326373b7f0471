namespace PatientNetwork.Contracts;

/// <summary>A campaign's fund changed (a gift, a refund): its goal and what it holds now, from the ledger. No donor data.</summary>
public sealed record CampaignProgressed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CampaignId,
    string AssociationId,
    long GoalCentimes,
    long RaisedCentimes) : IIntegrationEvent;
