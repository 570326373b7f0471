namespace PatientNetwork.Funding.Equipment.Stock;

/// <summary>One line of a piece of equipment's history: a status it moved to (or an inspection that changed none), why, by whom.</summary>
public sealed class MaintenanceRecord
{
    private MaintenanceRecord()
    {
    }

    public Guid Id { get; private set; }

    public Guid ItemId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public EquipmentStatus From { get; private set; }

    public EquipmentStatus To { get; private set; }

    public string Note { get; private set; } = "";

    public string RecordedBy { get; private set; } = "";

    public static MaintenanceRecord Of(Guid itemId, EquipmentStatus from, EquipmentStatus to, string note, string by, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        ItemId = itemId,
        At = at,
        From = from,
        To = to,
        Note = note,
        RecordedBy = by,
    };
}
