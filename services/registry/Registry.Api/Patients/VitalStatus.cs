namespace PatientNetwork.Registry.Patients;

public enum VitalStatus
{
    Alive,
    Deceased,
    LostToFollowUp,
}
