using System.Text.Json;
using PatientNetwork.WebApp.Localization;

namespace PatientNetwork.WebApp.Registry;

/// <summary>
/// The coded diagnoses the Registry knows (its own <c>diagnoses.json</c>), with their names in the
/// three languages: staff pick a disease by name instead of typing an ORPHAcode or ICD-10 code.
/// </summary>
public sealed class ReferenceDiagnoses
{
    // As the Registry reads the file: comments and trailing commas allowed.
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public ReferenceDiagnoses()
    {
        using var stream = typeof(ReferenceDiagnoses).Assembly.GetManifestResourceStream("PatientNetwork.WebApp.diagnoses.json")
            ?? throw new InvalidOperationException("diagnoses.json is not embedded.");
        var file = JsonSerializer.Deserialize<DiagnosesFile>(stream, WebJson)!;
        All = file.Diagnoses;
    }

    public IReadOnlyList<CodedDiagnosis> All { get; }

    public IEnumerable<CodedDiagnosis> OfGroup(string? group) => All.Where(d => d.Group == group);

    /// <summary>The entry a picker's value names (see <see cref="CodedDiagnosis.Key"/>), or null.</summary>
    public CodedDiagnosis? Find(string? key) => All.FirstOrDefault(d => d.Key == key);

    private sealed record DiagnosesFile(IReadOnlyList<CodedDiagnosis> Diagnoses);
}

/// <summary>One coded diagnosis: at least one of the ORPHAcode and the ICD-10 code is set.</summary>
public sealed record CodedDiagnosis(string? OrphaCode, string? Icd10, string Group, string? IuisCategory, LocalName Name)
{
    /// <summary>Both codes together name an entry (several diseases may share an ICD-10 code, some have no ORPHAcode).</summary>
    public string Key => $"{OrphaCode}|{Icd10}";

    /// <summary>The name with its codes, e.g. "Common variable immunodeficiency (ORPHA:1572, D83.9)".</summary>
    public string Label(Language language) => $"{Name.For(language)} ({string.Join(", ", new[] { OrphaCode, Icd10 }.OfType<string>())})";
}
