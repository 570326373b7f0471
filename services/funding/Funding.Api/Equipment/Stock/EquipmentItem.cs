using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.Funding.Equipment.Stock;

/// <summary>
/// One piece of equipment, known by its serial number (unique in its association), kept at a location. It guards its
/// own status: every move goes through <see cref="EquipmentTransitions"/>, a disallowed one is refused (409) and the
/// move is written to its history. Callers lock the row (<c>FOR UPDATE</c>) before moving it, so two requests never
/// move it from the same status.
/// </summary>
public sealed class EquipmentItem
{
    private EquipmentItem()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public Guid TypeId { get; private set; }

    public string Size { get; private set; } = "";

    public string SerialNumber { get; private set; } = "";

    public Guid LocationId { get; private set; }

    public EquipmentStatus Status { get; private set; }

    public DateTimeOffset StatusSince { get; private set; }

    public EquipmentSource Source { get; private set; }

    /// <summary>The price paid, or the market value of a gift in kind.</summary>
    public long ValueCentimes { get; private set; }

    /// <summary>The fund the purchase was debited from (its ledger code).</summary>
    public string? FundCode { get; private set; }

    public Guid? LedgerTransactionId { get; private set; }

    /// <summary>The in-kind gift it came with, when the gift was recorded (its value is on the ledger once, through the gift).</summary>
    public Guid? DonationId { get; private set; }

    public string IdempotencyKey { get; private set; } = "";

    public DateTimeOffset EnteredAt { get; private set; }

    public string EnteredBy { get; private set; } = "";

    public List<MaintenanceRecord> History { get; private set; } = [];

    public static EquipmentItem Enter(
        Guid id, string associationId, Guid typeId, string size, string serialNumber, Guid locationId, EquipmentSource source, long valueCentimes,
        string? fundCode, Guid? ledgerTransactionId, Guid? donationId, string idempotencyKey, string by, DateTimeOffset now) => new()
    {
        Id = id,
        AssociationId = associationId,
        TypeId = typeId,
        Size = size,
        SerialNumber = serialNumber,
        LocationId = locationId,
        Status = EquipmentStatus.InStock,
        StatusSince = now,
        Source = source,
        ValueCentimes = valueCentimes,
        FundCode = fundCode,
        LedgerTransactionId = ledgerTransactionId,
        DonationId = donationId,
        IdempotencyKey = idempotencyKey,
        EnteredAt = now,
        EnteredBy = by,
    };

    public void Reserve(string note, string by, DateTimeOffset at) => MoveTo(EquipmentStatus.Reserved, note, by, at);

    /// <summary>A reservation not handed out: back to stock.</summary>
    public void ReleaseReservation(string note, string by, DateTimeOffset at) => MoveFrom(EquipmentStatus.Reserved, EquipmentStatus.InStock, note, by, at);

    /// <summary>To a child, from stock or from its reservation for a distribution day.</summary>
    public void Assign(string note, string by, DateTimeOffset at) => MoveTo(EquipmentStatus.Assigned, note, by, at);

    /// <summary>Back from a child: to stock, or to repair when it needs it.</summary>
    public void ComeBack(bool needsRepair, string note, string by, DateTimeOffset at) =>
        MoveFrom(EquipmentStatus.Assigned, needsRepair ? EquipmentStatus.InRepair : EquipmentStatus.InStock, note, by, at);

    /// <summary>From stock to repair (a chair with a child comes back first, through its return).</summary>
    public void SendToRepair(string note, string by, DateTimeOffset at) => MoveFrom(EquipmentStatus.InStock, EquipmentStatus.InRepair, note, by, at);

    public void Repaired(string note, string by, DateTimeOffset at) => MoveFrom(EquipmentStatus.InRepair, EquipmentStatus.InStock, note, by, at);

    public void Retire(string note, string by, DateTimeOffset at) => MoveTo(EquipmentStatus.Retired, note, by, at);

    /// <summary>A look at the equipment that changes nothing (an inspection, a part replaced in stock) still belongs in its history.</summary>
    public void Inspect(string note, string by, DateTimeOffset at) =>
        History.Add(MaintenanceRecord.Of(Id, Status, Status, note, by, at));

    private void MoveFrom(EquipmentStatus from, EquipmentStatus to, string note, string by, DateTimeOffset at)
    {
        if (Status != from)
        {
            throw Refused(to);
        }

        MoveTo(to, note, by, at);
    }

    private void MoveTo(EquipmentStatus to, string note, string by, DateTimeOffset at)
    {
        if (!EquipmentTransitions.Allows(Status, to))
        {
            throw Refused(to);
        }

        History.Add(MaintenanceRecord.Of(Id, Status, to, note, by, at));
        Status = to;
        StatusSince = at;
    }

    private FundingConflictException Refused(EquipmentStatus to) => new(
        "The equipment cannot make this move.",
        $"Equipment {SerialNumber} is {EquipmentStatusNames.Of(Status)}; it cannot become {EquipmentStatusNames.Of(to)}.",
        new Dictionary<string, object?>
        {
            ["currentStatus"] = EquipmentStatusNames.Of(Status),
            ["allowed"] = EquipmentTransitions.From(Status).Select(EquipmentStatusNames.Of).ToArray(),
        });
}
