namespace PatientNetwork.Funding.Campaigns;

/// <summary>
/// A campaign as the public sees it: goal, raised, how many donors, and the names of only those donors who asked
/// to be thanked publicly. No other donor data.
/// </summary>
public sealed record PublicCampaignResponse(
    Guid Id, string AssociationId, string Name, string? Description, long GoalCentimes, long RaisedCentimes, string Currency,
    DateOnly StartsOn, DateOnly EndsOn, int Donors, IReadOnlyList<string> ThankedDonors);
