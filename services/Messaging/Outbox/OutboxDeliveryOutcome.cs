namespace PatientNetwork.Messaging.Outbox;

internal enum OutboxDeliveryOutcome
{
    /// <summary>Published and confirmed by the broker.</summary>
    Sent,

    /// <summary>Failed and still queued: it holds back the rows behind it, to keep their order.</summary>
    Held,

    /// <summary>Given up on: the rows behind it go ahead without it.</summary>
    Parked,
}
