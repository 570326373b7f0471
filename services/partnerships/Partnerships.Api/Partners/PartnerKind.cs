namespace PatientNetwork.Partnerships.Partners;

public enum PartnerKind
{
    PatientOrganisation,
    Hospital,
    Alliance,
    TransfusionCentre,
}
