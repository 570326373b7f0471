namespace PatientNetwork.Events.AwarenessEvents;

/// <summary>
/// Where an event stands. A draft is seen by staff only; published, moved-online and postponed events are on
/// the public calendar; cancelled is final. The allowed moves are <see cref="AwarenessEvent"/>'s methods.
/// </summary>
public enum EventStatus
{
    Draft,
    Published,
    MovedOnline,
    Postponed,
    Cancelled,
}
