namespace PatientNetwork.Events.BloodDrives.Donors;

/// <summary>Where a booking stands; travels as kebab-case.</summary>
public enum BookingStatus
{
    /// <summary>Booked online, holding its place (and seats) until the SMS code is entered or the hold expires.</summary>
    AwaitingConfirmation,

    /// <summary>The phone was confirmed, or staff booked it.</summary>
    Booked,

    Cancelled,
}
