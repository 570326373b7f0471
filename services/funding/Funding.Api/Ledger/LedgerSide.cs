namespace PatientNetwork.Funding.Ledger;

/// <summary>The side of a posting; every transaction's debits equal its credits.</summary>
public enum LedgerSide
{
    Debit,
    Credit,
}
