namespace PatientNetwork.Funding.Pledges;

/// <summary>How often a pledge's instalments fall due.</summary>
public enum PledgeFrequency
{
    Monthly,
    Quarterly,
}
