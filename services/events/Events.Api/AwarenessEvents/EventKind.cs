namespace PatientNetwork.Events.AwarenessEvents;

public enum EventKind
{
    Awareness,
    BloodDrive,
    Lecture,
    Workshop,
}
