namespace PatientNetwork.Events.BloodDrives.Eligibility;

/// <summary>Kept only because the yearly maximum of whole-blood donations differs by sex.</summary>
public enum DonorSex
{
    Male,
    Female,
}
