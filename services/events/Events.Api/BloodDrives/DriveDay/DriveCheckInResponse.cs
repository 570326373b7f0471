namespace PatientNetwork.Events.BloodDrives.DriveDay;

public sealed record DriveCheckInResponse(Guid BookingId, Guid SiteId, bool Inside, bool Counted, int PeopleInside, int WaitingRoom);
