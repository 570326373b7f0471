namespace PatientNetwork.Registry.Patients;

/// <summary>What the association may need to provide (Hajar hands out mobile chairs).</summary>
public enum MobilityNeed
{
    None,
    WalkingAid,
    Wheelchair,
    Bedridden,
}
