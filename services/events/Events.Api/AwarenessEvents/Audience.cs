namespace PatientNetwork.Events.AwarenessEvents;

/// <summary>Who an event is for.</summary>
public enum Audience
{
    Public,
    Doctors,
    Schools,
    MembersAndFamilies,
}
