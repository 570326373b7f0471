namespace PatientNetwork.Funding.Claims;

/// <summary>One invoice line as the arithmetic sees it: what was dispensed, when, at what price, and what another payer paid of it.</summary>
public sealed record LineToCover(int Number, string Medicine, string? AtcCode, int Quantity, long UnitPriceCentimes, DateOnly DispensedOn, long OtherPayerCentimes)
{
    public long Claimed => Quantity * UnitPriceCentimes;
}
