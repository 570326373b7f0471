using PatientNetwork.Events.BloodDrives.Donors;

namespace PatientNetwork.Events.BloodDrives.DriveDay;

/// <summary>The transfusion centre's report for a donor: donated, deferred on site (until a date, or for good), or not presented.</summary>
public sealed record OutcomeRequest(BookingOutcome? Outcome, DateOnly? DeferredUntil, bool? PermanentDeferral);
