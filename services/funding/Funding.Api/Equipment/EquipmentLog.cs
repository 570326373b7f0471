namespace PatientNetwork.Funding.Equipment;

/// <summary>Equipment's log lines (event ids 9001–9049): ids and statuses only, never a name.</summary>
internal static partial class EquipmentLog
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Equipment {ItemId} entered stock ({Source}, {ValueCentimes} centimes)")]
    public static partial void EnteredStock(ILogger logger, Guid itemId, string source, long valueCentimes);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Equipment {ItemId} assigned by assignment {AssignmentId}")]
    public static partial void Assigned(ILogger logger, Guid itemId, Guid assignmentId);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Information, Message = "Equipment {ItemId} returned from assignment {AssignmentId} (for repair: {ForRepair})")]
    public static partial void Returned(ILogger logger, Guid itemId, Guid assignmentId, bool forRepair);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Information, Message = "Equipment {ItemId} reserved on distribution day {DayId}")]
    public static partial void Reserved(ILogger logger, Guid itemId, Guid dayId);

    [LoggerMessage(EventId = 9005, Level = LogLevel.Information, Message = "Reservation {ReservationId} not handed out; equipment {ItemId} back in stock")]
    public static partial void NotHandedOut(ILogger logger, Guid reservationId, Guid itemId);

    [LoggerMessage(EventId = 9006, Level = LogLevel.Information, Message = "Equipment {ItemId} moved from {From} to {To}")]
    public static partial void Moved(ILogger logger, Guid itemId, string from, string to);

    [LoggerMessage(EventId = 9007, Level = LogLevel.Information,
        Message = "Equipment of merged patient {MergedId} moved to {SurvivorId}: {Assignments} assignments, {Reservations} distribution places ({Kept} left on days the survivor is already listed for)")]
    public static partial void MovedToSurvivor(ILogger logger, Guid mergedId, Guid survivorId, int assignments, int reservations, int kept);
}
