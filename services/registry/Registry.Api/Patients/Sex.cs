namespace PatientNetwork.Registry.Patients;

/// <summary>Sex as the EU rare-disease common data elements code it.</summary>
public enum Sex
{
    Female,
    Male,
    Undetermined,
    Unknown,
}
