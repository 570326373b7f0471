namespace PatientNetwork.Funding.Payouts;

/// <summary>Who a payout run pays: the pharmacy that dispensed, or the family that paid the pharmacy.</summary>
public enum PayoutPayee
{
    Pharmacy,
    Family,
}
