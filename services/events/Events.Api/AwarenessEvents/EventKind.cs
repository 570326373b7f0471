namespace PatientNetwork.Events.AwarenessEvents;

/// <summary>What kind of gathering an event is; travels as kebab-case (<c>remote-session</c>).</summary>
public enum EventKind
{
    Awareness,
    BloodDrive,
    Lecture,
    Workshop,
    Celebration,
    RemoteSession,
}
