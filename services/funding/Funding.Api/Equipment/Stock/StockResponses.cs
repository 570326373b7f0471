namespace PatientNetwork.Funding.Equipment.Stock;

public sealed record EquipmentTypeResponse(Guid Id, string Name, IReadOnlyList<string> Sizes)
{
    public static EquipmentTypeResponse From(EquipmentType t) => new(t.Id, t.Name, t.Sizes);
}

public sealed record EquipmentLocationResponse(Guid Id, string Name, string RegionCode)
{
    public static EquipmentLocationResponse From(EquipmentLocation l) => new(l.Id, l.Name, l.RegionCode);
}

public sealed record MaintenanceRecordResponse(DateTimeOffset At, EquipmentStatus From, EquipmentStatus To, string Note, string RecordedBy);

/// <summary>A piece of equipment; <see cref="History"/> only when one item is read.</summary>
public sealed record EquipmentItemResponse(
    Guid Id, Guid TypeId, string TypeName, string Size, string SerialNumber, Guid LocationId, string LocationName, string RegionCode,
    EquipmentStatus Status, DateTimeOffset StatusSince, EquipmentSource Source, long ValueCentimes, string Currency, string? FundCode,
    Guid? LedgerTransactionId, Guid? DonationId, DateTimeOffset EnteredAt, IReadOnlyList<MaintenanceRecordResponse>? History)
{
    public static EquipmentItemResponse From(EquipmentItem i, EquipmentType type, EquipmentLocation location, bool withHistory) => new(
        i.Id, i.TypeId, type.Name, i.Size, i.SerialNumber, i.LocationId, location.Name, location.RegionCode, i.Status, i.StatusSince, i.Source,
        i.ValueCentimes, "MAD", i.FundCode, i.LedgerTransactionId, i.DonationId, i.EnteredAt,
        withHistory ? i.History.OrderBy(h => h.At).Select(h => new MaintenanceRecordResponse(h.At, h.From, h.To, h.Note, h.RecordedBy)).ToList() : null);
}
