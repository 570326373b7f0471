namespace PatientNetwork.WebApp.BloodDrives;

public sealed record BloodDriveItem(Guid Id, Guid EventId, string? BranchId, string Title, string Status, DateTimeOffset StartsAt, string Hospital, string TransfusionCentre, int Sites);

public sealed record BloodDrive(Guid Id, Guid EventId, string Title, string Status, string Hospital, string TransfusionCentre, IReadOnlyList<DriveSite> Sites);

public sealed record DriveSite(Guid Id, string Name, string City, int WaitingRoom, int Chairs);

public sealed record DriveSlot(Guid Id, Guid SiteId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity, int Booked, int Free);

public sealed record TransportRun(Guid Id, Guid SlotId, string Leg, string City, DateTimeOffset DepartsAt, DateTimeOffset ArrivesAt, int Seats, int SeatsTaken, bool Cancelled);

public sealed record DoorListEntry(Guid BookingId, string Code, string Name, string? Phone, string Status, bool WithTransport, bool TransportAtRisk, bool CheckedIn, bool Inside, string Outcome);

public sealed record DriveCheckIn(Guid BookingId, Guid SiteId, bool Inside, bool Counted, int PeopleInside, int WaitingRoom);

public sealed record DriveBooking(Guid Id, string Status, string Outcome);
