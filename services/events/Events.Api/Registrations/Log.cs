namespace PatientNetwork.Events.Registrations;

/// <summary>Log messages of registrations (EventIds 8201–8299 are Events'); never a name, email or phone.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 8201, Level = LogLevel.Information, Message = "Place offered to registration {RegistrationId} of event {EventId} (party of {PartySize})")]
    public static partial void PlaceOffered(ILogger logger, Guid registrationId, Guid eventId, int partySize);

    [LoggerMessage(EventId = 8202, Level = LogLevel.Information, Message = "{Count} expired offers of event {EventId} passed on")]
    public static partial void OffersExpired(ILogger logger, int count, Guid eventId);

    [LoggerMessage(EventId = 8204, Level = LogLevel.Information, Message = "Public registrations from one client refused for this window (limit {Limit})")]
    public static partial void PublicLimitReached(ILogger logger, int limit);
}
