namespace PatientNetwork.Events.BloodDrives.Transport;

/// <summary>Out to the site before the slot, or back home after it.</summary>
public enum RunLeg
{
    Out,
    Back,
}
