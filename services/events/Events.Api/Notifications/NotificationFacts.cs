namespace PatientNetwork.Events.Notifications;

/// <summary>
/// What a notification says about the event, as it was when the notification was queued (a later change sends its own
/// notice): no personal data. The registrant's name, code and contact are read from the registration when sending.
/// </summary>
/// <param name="Title">The event's title.</param>
/// <param name="StartsAt">When it starts.</param>
/// <param name="Venue">The venue, if any.</param>
/// <param name="City">The city's names in the three languages, if not online only.</param>
/// <param name="OnlineUrl">The link, for an online event.</param>
/// <param name="Online">True when the event takes place online.</param>
/// <param name="OfferExpiresAt">For an offer: until when the place is held.</param>
public sealed record NotificationFacts(
    string Title,
    DateTimeOffset StartsAt,
    string? Venue,
    Places.CityName? City,
    string? OnlineUrl,
    bool Online,
    DateTimeOffset? OfferExpiresAt = null);
