namespace PatientNetwork.Funding.Donations;

/// <summary>One line of the gifts report: a month, the fund credited (and its campaign), how many gifts and their total.</summary>
public sealed record GiftReportRow(int Month, string FundCode, Guid? CampaignId, string? CampaignName, int Gifts, long AmountCentimes);
