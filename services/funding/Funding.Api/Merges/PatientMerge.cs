namespace PatientNetwork.Funding.Merges;

/// <summary>
/// Funding's record that one patient record was merged into another. Kept so that a registration
/// of the merged record arriving after its merge (each event has its own queue) still ends up
/// where an in-order delivery would have put it.
/// </summary>
public sealed class PatientMerge
{
    private PatientMerge()
    {
    }

    public Guid MergedPatientId { get; private set; }

    public Guid SurvivingPatientId { get; private set; }

    public string AssociationId { get; private set; } = "";

    public DateTimeOffset MergedAt { get; private set; }

    public static PatientMerge Of(Guid mergedPatientId, Guid survivingPatientId, string associationId, DateTimeOffset mergedAt) => new()
    {
        MergedPatientId = mergedPatientId,
        SurvivingPatientId = survivingPatientId,
        AssociationId = associationId,
        MergedAt = mergedAt,
    };
}
