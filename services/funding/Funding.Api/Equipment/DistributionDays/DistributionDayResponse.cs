namespace PatientNetwork.Funding.Equipment.DistributionDays;

public sealed record ReservationResponse(
    Guid Id, Guid PatientId, string RegionCode, Guid ItemId, string SerialNumber, ReservationOutcome Outcome, Guid? AssignmentId, string? Note, DateTimeOffset ReservedAt, DateTimeOffset? ResolvedAt);

/// <summary>A distribution day with its list (only when one day is read) and how many chairs were reserved, handed out and not.</summary>
public sealed record DistributionDayResponse(
    Guid Id, string Name, DateOnly HeldOn, string Place, int Reserved, int HandedOut, int NotHandedOut, IReadOnlyList<ReservationResponse>? Reservations);
