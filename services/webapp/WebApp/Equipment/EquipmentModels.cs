namespace PatientNetwork.WebApp.Equipment;

/// <summary>A piece of equipment as Funding lists it; <see cref="History"/> only when one item is read. Statuses and sources are the API's kebab-case words.</summary>
public sealed record EquipmentItem(
    Guid Id, Guid TypeId, string TypeName, string Size, string SerialNumber, Guid LocationId, string LocationName, string RegionCode,
    string Status, DateTimeOffset StatusSince, string Source, long ValueCentimes, DateTimeOffset EnteredAt, IReadOnlyList<MaintenanceEntry>? History);

/// <summary>One line of an item's history: a status change or an inspection, with its note.</summary>
public sealed record MaintenanceEntry(DateTimeOffset At, string From, string To, string Note, string RecordedBy);

/// <summary>A kind of equipment and the sizes it comes in.</summary>
public sealed record EquipmentType(Guid Id, string Name, IReadOnlyList<string> Sizes);

/// <summary>A place equipment is kept, in a region.</summary>
public sealed record EquipmentLocation(Guid Id, string Name, string RegionCode);

public sealed record NewEquipmentType(string Name, IReadOnlyList<string> Sizes);

public sealed record NewEquipmentLocation(string Name, string RegionCode);

/// <summary>A piece entering stock: given in kind (its market value) or bought (its price, from the unrestricted fund or a campaign's).</summary>
public sealed record NewEquipmentItem(Guid? TypeId, string? Size, string? SerialNumber, Guid? LocationId, string Source, long ValueCentimes, string Currency, Guid? CampaignId);

/// <summary>A maintenance record: send-to-repair, repaired, retire or inspect, and what was done or found.</summary>
public sealed record NewMaintenance(string Action, string Note);

/// <summary>Which of the stock's items a list shows; null is "any".</summary>
public sealed record StockFilter(string? Status, Guid? TypeId, Guid? LocationId);

/// <summary>A child on the waiting list: ids and region only (Funding holds no names).</summary>
public sealed record WaitingChild(Guid PatientId, string RegionCode, string MobilityNeed, DateTimeOffset WaitingSince);

/// <summary>An assignment with the guardian's acknowledgement.</summary>
public sealed record NewAssignment(Guid PatientId, string GuardianName, DateTimeOffset AcknowledgedAt);

/// <summary>A chair with a child; <see cref="GuardianName"/> is null for volunteers (Funding does not send it to them).</summary>
public sealed record Assignment(
    Guid Id, Guid ItemId, string SerialNumber, Guid PatientId, string RegionCode, string? GuardianName, DateTimeOffset AcknowledgedAt,
    DateOnly ReviewOn, Guid? DistributionDayId, DateTimeOffset AssignedAt, DateTimeOffset? ReturnedAt, bool? ReturnedForRepair);

/// <summary>A chair back from a child: to stock, or to repair.</summary>
public sealed record EquipmentReturn(bool NeedsRepair, string? Note);

/// <summary>A distribution day with its counts, and its list when one day is read.</summary>
public sealed record DistributionDay(Guid Id, string Name, DateOnly HeldOn, string Place, int Reserved, int HandedOut, int NotHandedOut, IReadOnlyList<Reservation>? Reservations);

public sealed record NewDistributionDay(string Name, DateOnly HeldOn, string Place);

/// <summary>A chair set aside for a child on a day; <see cref="Outcome"/> is reserved, handed-out or not-handed-out.</summary>
public sealed record Reservation(Guid Id, Guid PatientId, string RegionCode, Guid ItemId, string SerialNumber, string Outcome, Guid? AssignmentId, string? Note, DateTimeOffset ReservedAt);

public sealed record NewReservation(Guid PatientId, Guid ItemId);

/// <summary>The guardian's acknowledgement of a reserved chair handed out.</summary>
public sealed record HandOut(string GuardianName, DateTimeOffset AcknowledgedAt);

public sealed record NotHandedOut(string Reason);
