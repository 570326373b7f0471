namespace PatientNetwork.Funding.Infrastructure;

/// <summary>Who may use which part of Funding. Volunteers see no claim and no money.</summary>
public static class FundingPolicies
{
    /// <summary>Claims, programmes, statements, simulations: admins and coordinators.</summary>
    public const string Claims = "funding.claims";

    /// <summary>The ledger, payout runs and reports: admins (the treasurer).</summary>
    public const string Treasury = "funding.treasury";

    /// <summary>Reading donors (volunteers too, without their contact details).</summary>
    public const string DonorsRead = "funding.donors.read";

    /// <summary>Recording donors, gifts and receipts: admins and coordinators.</summary>
    public const string Gifts = "funding.gifts";
}
