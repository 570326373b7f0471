namespace PatientNetwork.Funding.Campaigns;

/// <summary>A campaign with its progress read from its restricted fund in the ledger (<c>raisedCentimes</c> = the fund's posted balance).</summary>
public sealed record CampaignResponse(
    Guid Id, string Name, string? Description, long GoalCentimes, DateOnly StartsOn, DateOnly EndsOn,
    Guid FundAccountId, long RaisedCentimes, int Donors, DateTimeOffset CreatedAt);
