namespace PatientNetwork.Registry.Patients;

public enum GuardianRelation
{
    Mother,
    Father,
    LegalGuardian,
    Grandparent,
    Sibling,
    Other,
}
