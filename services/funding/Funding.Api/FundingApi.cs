namespace PatientNetwork.Funding;

/// <summary>Marks the Funding.Api assembly for hosts and tests (every service's Program is named Program).</summary>
public sealed class FundingApi;
