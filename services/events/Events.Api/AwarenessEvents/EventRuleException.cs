namespace PatientNetwork.Events.AwarenessEvents;

/// <summary>
/// A domain type refused what it was asked because of the state it is in (a cancelled event changed,
/// capacity below the places taken, a registration outside its window). Mapped once to a 409 problem by
/// <see cref="EventRuleExceptionHandler"/>; nothing of the request is saved.
/// </summary>
public sealed class EventRuleException(string message) : InvalidOperationException(message);
