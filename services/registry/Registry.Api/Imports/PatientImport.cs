namespace PatientNetwork.Registry.Imports;

/// <summary>One CSV file imported into an association's registry; its content hash makes a re-upload a no-op.</summary>
public sealed class PatientImport
{
    private PatientImport()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string ContentHash { get; private set; } = "";

    public int RowCount { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public string ImportedBy { get; private set; } = "";

    public static PatientImport Record(string associationId, string contentHash, int rowCount, string importedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AssociationId = associationId,
        ContentHash = contentHash,
        RowCount = rowCount,
        ImportedAt = now,
        ImportedBy = importedBy,
    };
}
