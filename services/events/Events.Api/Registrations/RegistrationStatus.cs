namespace PatientNetwork.Events.Registrations;

/// <summary>A registration's status, as CiviEvent's participant statuses; which of them hold a place is <see cref="CapacityRule"/>'s one decision.</summary>
public enum RegistrationStatus
{
    Registered,
    Waitlisted,
    Offered,
    Cancelled,
    Attended,
    NoShow,
}
