namespace PatientNetwork.Funding.Equipment.Stock;

/// <summary>Where one piece of equipment is in its life; <see cref="EquipmentTransitions"/> says which moves are allowed.</summary>
public enum EquipmentStatus
{
    InStock,
    Reserved,
    Assigned,
    InRepair,
    Retired,
}
