namespace PatientNetwork.Funding.Deaths;

/// <summary>Funding's record that a patient died, and on which day: medicines dispensed after it are not covered.</summary>
public sealed class PatientDeath
{
    private PatientDeath()
    {
    }

    public Guid PatientId { get; private set; }

    public string AssociationId { get; private set; } = "";

    public DateOnly DateOfDeath { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static PatientDeath Of(Guid patientId, string associationId, DateOnly dateOfDeath, DateTimeOffset at) => new()
    {
        PatientId = patientId,
        AssociationId = associationId,
        DateOfDeath = dateOfDeath,
        RecordedAt = at,
    };

    /// <summary>A corrected date of death replaces the earlier one.</summary>
    public void Correct(DateOnly dateOfDeath, DateTimeOffset at)
    {
        DateOfDeath = dateOfDeath;
        RecordedAt = at;
    }
}
