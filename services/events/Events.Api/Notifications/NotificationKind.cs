namespace PatientNetwork.Events.Notifications;

/// <summary>What a notification tells its registrant; each has its texts in ar, fr and en (<see cref="NotificationTexts"/>).</summary>
public enum NotificationKind
{
    /// <summary>Confirmation of a registration that holds a place (on registering, or on taking up an offer).</summary>
    RegistrationConfirmed,

    /// <summary>Confirmation of a registration put on the waiting list.</summary>
    WaitlistConfirmed,

    /// <summary>A freed place offered until the offer's expiry.</summary>
    PlaceOffered,

    /// <summary>The reminder before the event.</summary>
    Reminder,

    /// <summary>The event's time or place changed.</summary>
    EventChanged,

    /// <summary>The event moved online, same date.</summary>
    EventMovedOnline,

    /// <summary>The event is postponed to a date still to be fixed.</summary>
    EventPostponed,

    /// <summary>A postponed event got its new date.</summary>
    EventRescheduled,

    /// <summary>The event is cancelled.</summary>
    EventCancelled,

    /// <summary>A text composed by its feature and sent as is (blood drives: confirmation codes, pickups, manifests).</summary>
    DirectMessage,
}
