using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.Funding.Ledger;

/// <summary>The ledger refuses a movement (unbalanced, a fund overdrawn, a pending transfer already resolved): 409.</summary>
public sealed class LedgerConflictException(string message) : FundingConflictException("The ledger refused this movement.", message);
