namespace PatientNetwork.Registry.Patients;

/// <summary>A genetic diagnosis: the HGNC gene symbol and the HGVS description of the variant.</summary>
public sealed class GeneticFinding
{
    private GeneticFinding()
    {
    }

    public GeneticFinding(string gene, string variant)
    {
        Gene = gene;
        Variant = variant;
    }

    public int Id { get; private set; }

    public string Gene { get; private set; } = "";

    public string Variant { get; private set; } = "";
}
