namespace PatientNetwork.WebApp.Equipment.Stock;

/// <summary>
/// The maintenance a status allows, as Funding's EquipmentTransitions and EquipmentItem decide (anything else answers 409):
/// a chair in stock goes to repair or is retired, a chair in repair comes back or is retired, and any chair may be inspected.
/// Reserved and assigned chairs move only through their reservation or assignment.
/// </summary>
public static class MaintenanceActions
{
    public const string Inspect = "inspect";

    public static IReadOnlyList<string> For(string status) => status switch
    {
        "in-stock" => ["send-to-repair", "retire", Inspect],
        "in-repair" => ["repaired", "retire", Inspect],
        _ => [Inspect],
    };
}
