namespace PatientNetwork.Contracts;

/// <summary>
/// Funding recorded a gift. Only what a partner may see: the amount, how it came, the campaign it went to, and
/// the donor's public name only when the donor asked to be thanked publicly (null otherwise). No contact, no donor id.
/// </summary>
public sealed record DonationReceived(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid DonationId,
    string AssociationId,
    Guid? CampaignId,
    long AmountCentimes,
    string Currency,
    bool InKind,
    string? PubliclyThankedDonor) : IIntegrationEvent;
