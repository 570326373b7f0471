namespace PatientNetwork.Events.BloodDrives.Donors;

/// <summary>A donor's key to their own booking: its code and the phone it was booked with (and the SMS code, to confirm).</summary>
public sealed record OwnBookingRequest(string? Code, string? Phone, string? SmsCode);
