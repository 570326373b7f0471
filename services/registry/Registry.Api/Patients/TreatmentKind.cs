namespace PatientNetwork.Registry.Patients;

public enum TreatmentKind
{
    /// <summary>Intravenous immunoglobulin replacement.</summary>
    Ivig,

    /// <summary>Subcutaneous immunoglobulin replacement.</summary>
    Scig,

    /// <summary>Haematopoietic stem-cell transplant.</summary>
    Hsct,
    GeneTherapy,
    AntimicrobialProphylaxis,
    Chemotherapy,

    /// <summary>For example tyrosine-kinase inhibitors in chronic myeloid leukemia.</summary>
    TargetedTherapy,
    Other,
}
