namespace PatientNetwork.Messaging.Outbox;

/// <summary>
/// An outbox row that cannot be turned back into its event (unknown type name, unreadable payload):
/// the fault is the row's, not the broker's, so it counts toward parking the row.
/// </summary>
public sealed class UnreadableOutboxMessageException : Exception
{
    public UnreadableOutboxMessageException()
    {
    }

    public UnreadableOutboxMessageException(string message)
        : base(message)
    {
    }

    public UnreadableOutboxMessageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
