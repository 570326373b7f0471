namespace PatientNetwork.Funding.Equipment.Stock;

/// <summary>How a piece of equipment entered stock: bought from a fund (a ledger debit) or given in kind (at its market value).</summary>
public enum EquipmentSource
{
    Purchase,
    InKind,
}
