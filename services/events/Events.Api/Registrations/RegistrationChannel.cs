namespace PatientNetwork.Events.Registrations;

/// <summary>Who made a registration: association staff (for a member and family) or the person online.</summary>
public enum RegistrationChannel
{
    Staff,
    Public,
}
