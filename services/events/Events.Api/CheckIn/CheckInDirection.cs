namespace PatientNetwork.Events.CheckIn;

public enum CheckInDirection
{
    Entry,
    Exit,
}
