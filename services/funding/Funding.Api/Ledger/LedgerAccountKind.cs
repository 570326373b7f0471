namespace PatientNetwork.Funding.Ledger;

/// <summary>What an account of the fund ledger holds, which decides its normal side.</summary>
public enum LedgerAccountKind
{
    /// <summary>Money the association has (bank, cash): debit-normal.</summary>
    Asset,

    /// <summary>Money the association owes (claims approved and not yet paid): credit-normal.</summary>
    Liability,

    /// <summary>A fund, unrestricted or restricted to one programme: credit-normal.</summary>
    Fund,
}
