namespace PatientNetwork.Events.BloodDrives.Donors;

/// <summary>What the transfusion centre's report says of the donor on the day.</summary>
public enum BookingOutcome
{
    Pending,
    Donated,
    DeferredOnSite,
    NotPresented,
}
