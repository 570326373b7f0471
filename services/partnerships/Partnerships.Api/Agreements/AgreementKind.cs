namespace PatientNetwork.Partnerships.Agreements;

/// <summary>What kind of partnership an agreement sets down.</summary>
public enum AgreementKind
{
    HospitalCare,
    MedicalSociety,
    PatientOrganisation,
    TransfusionCentre,
    CompanySponsor,
}
