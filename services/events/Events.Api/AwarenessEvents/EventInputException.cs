namespace PatientNetwork.Events.AwarenessEvents;

/// <summary>
/// A request that is wrong only in the light of the event it names (a session that is not the event's, answers
/// that do not match its questions): a 400 naming <see cref="Field"/>, by <see cref="EventRuleExceptionHandler"/>.
/// </summary>
public sealed class EventInputException(string field, string message) : ArgumentException(message)
{
    public string Field { get; } = field;
}
