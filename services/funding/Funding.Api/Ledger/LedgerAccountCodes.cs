namespace PatientNetwork.Funding.Ledger;

/// <summary>
/// The codes of an association's ledger accounts. Stable strings: transactions and reports find
/// accounts by them, so a code once used is never renamed.
/// </summary>
public static class LedgerAccountCodes
{
    public const string Bank = "bank";
    public const string Cash = "cash";
    public const string UnrestrictedFund = "unrestricted-fund";
    public const string ClaimsPayable = "claims-payable";

    /// <summary>Gifts in kind (toys, chairs, medicines) at their market value, held until used.</summary>
    public const string InKindGoods = "in-kind-goods";

    /// <summary>The restricted fund of one coverage programme (all its versions share it).</summary>
    public static string ProgrammeFund(Guid programmeId) => $"programme-fund:{programmeId:N}";

    /// <summary>The restricted fund of one fundraising campaign: its balance is the campaign's progress.</summary>
    public static string CampaignFund(Guid campaignId) => $"campaign-fund:{campaignId:N}";

    /// <summary>The association-wide accounts, with their kind and the name a treasurer reads.</summary>
    public static readonly IReadOnlyList<(string Code, LedgerAccountKind Kind, string Name)> AssociationAccounts =
    [
        (Bank, LedgerAccountKind.Asset, "Bank"),
        (Cash, LedgerAccountKind.Asset, "Cash"),
        (UnrestrictedFund, LedgerAccountKind.Fund, "Unrestricted fund"),
        (ClaimsPayable, LedgerAccountKind.Liability, "Claims payable (approved, not yet paid)"),
        (InKindGoods, LedgerAccountKind.Asset, "Gifts in kind (market value)"),
    ];
}
