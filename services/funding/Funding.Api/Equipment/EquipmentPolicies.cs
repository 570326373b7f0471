namespace PatientNetwork.Funding.Equipment;

/// <summary>Who may use equipment: volunteers help on distribution days and read stock and lists, without guardians' names.</summary>
public static class EquipmentPolicies
{
    /// <summary>Stock, waiting list, assignments and distribution days: admins, coordinators and volunteers.</summary>
    public const string Read = "funding.equipment.read";

    /// <summary>Entering stock, assigning, returning, reserving and handing out: admins and coordinators (a purchase from a fund: admins).</summary>
    public const string Manage = "funding.equipment.manage";
}
