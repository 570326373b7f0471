namespace PatientNetwork.Funding.Equipment.Stock;

/// <summary>
/// The only moves a piece of equipment can make. A chair leaves stock reserved (for a distribution day), assigned
/// (to a child), for repair or retired; a reservation is handed out or released; a chair comes back from a child to
/// stock or to repair; a repaired chair returns to stock. Retired is the end.
/// </summary>
public static class EquipmentTransitions
{
    private static readonly Dictionary<EquipmentStatus, EquipmentStatus[]> Allowed = new()
    {
        [EquipmentStatus.InStock] = [EquipmentStatus.Reserved, EquipmentStatus.Assigned, EquipmentStatus.InRepair, EquipmentStatus.Retired],
        [EquipmentStatus.Reserved] = [EquipmentStatus.Assigned, EquipmentStatus.InStock],
        [EquipmentStatus.Assigned] = [EquipmentStatus.InStock, EquipmentStatus.InRepair],
        [EquipmentStatus.InRepair] = [EquipmentStatus.InStock, EquipmentStatus.Retired],
        [EquipmentStatus.Retired] = [],
    };

    public static bool Allows(EquipmentStatus from, EquipmentStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<EquipmentStatus> From(EquipmentStatus status) => Allowed[status];
}
