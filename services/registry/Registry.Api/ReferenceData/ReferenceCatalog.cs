using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PatientNetwork.Registry.ReferenceData;

/// <summary>
/// The reference lists shipped with the registry as data (see <c>ReferenceData/SOURCES.md</c>): the 12 regions of
/// Morocco with their prefectures and provinces, and a curated set of coded diagnoses (ORPHAcode, ICD-10, IUIS
/// category) for primary immunodeficiencies and leukemias. Immutable and safe to share as a singleton.
/// </summary>
public sealed partial class ReferenceCatalog
{
    /// <summary>Name of the folder holding the JSON files, next to the application (or in its content root).</summary>
    public const string FolderName = "ReferenceData";

    public const string RegionsFileName = "regions.json";

    public const string DiagnosesFileName = "diagnoses.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly FrozenDictionary<string, Region> regionsByCode;
    private readonly FrozenDictionary<string, FrozenSet<string>> cityCodesByRegion;
    private readonly FrozenDictionary<int, Diagnosis> diagnosesByOrphaNumber;
    private readonly FrozenDictionary<string, Diagnosis> diagnosesByIcd10;

    private ReferenceCatalog(IReadOnlyList<Region> regions, IReadOnlyList<Diagnosis> diagnoses)
    {
        Regions = regions;
        Diagnoses = diagnoses;
        regionsByCode = regions.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);
        cityCodesByRegion = regions.ToFrozenDictionary(
            r => r.Code,
            r => r.Cities.Select(c => c.Code).ToFrozenSet(StringComparer.Ordinal),
            StringComparer.Ordinal);

        var byOrpha = new Dictionary<int, Diagnosis>();
        var byIcd10 = new Dictionary<string, Diagnosis>(StringComparer.OrdinalIgnoreCase);
        foreach (var diagnosis in diagnoses)
        {
            if (TryParseOrphaNumber(diagnosis.OrphaCode, out var number))
            {
                byOrpha.TryAdd(number, diagnosis);
            }

            // Several diseases may share an ICD-10 code: the first one listed is the one found by ICD-10.
            if (diagnosis.Icd10 is not null)
            {
                byIcd10.TryAdd(diagnosis.Icd10, diagnosis);
            }
        }

        diagnosesByOrphaNumber = byOrpha.ToFrozenDictionary();
        diagnosesByIcd10 = byIcd10.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The 12 regions, in the order of the file.</summary>
    public IReadOnlyList<Region> Regions { get; }

    /// <summary>The curated diagnoses, in the order of the file.</summary>
    public IReadOnlyList<Diagnosis> Diagnoses { get; }

    /// <summary>
    /// Loads <c>regions.json</c> and <c>diagnoses.json</c> from <paramref name="directory"/>; by default from
    /// <c>AppContext.BaseDirectory/ReferenceData</c>, falling back to <c>ReferenceData</c> under the current
    /// directory (the content root when the service is started with <c>dotnet run</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">A file is missing, unreadable, not JSON or breaks a rule; the
    /// message names the file and every broken rule.</exception>
    public static ReferenceCatalog Load(string? directory = null)
    {
        var folder = string.IsNullOrWhiteSpace(directory) ? DefaultDirectory() : directory;
        var regions = ReadRegions(Path.Combine(folder, RegionsFileName));
        var diagnoses = ReadDiagnoses(Path.Combine(folder, DiagnosesFileName));
        return new ReferenceCatalog(regions.AsReadOnly(), diagnoses.AsReadOnly());
    }

    /// <summary>The region with this code (exact, ordinal match), or null.</summary>
    public Region? FindRegion(string? code) =>
        code is not null && regionsByCode.TryGetValue(code, out var region) ? region : null;

    /// <summary>True when <paramref name="code"/> is the code of one of the 12 regions (exact, ordinal match).</summary>
    public bool IsRegion(string? code) => code is not null && regionsByCode.ContainsKey(code);

    /// <summary>True when <paramref name="cityCode"/> is a prefecture or province of the region <paramref name="regionCode"/>.</summary>
    public bool IsCity(string? regionCode, string? cityCode) =>
        regionCode is not null
        && cityCode is not null
        && cityCodesByRegion.TryGetValue(regionCode, out var cities)
        && cities.Contains(cityCode);

    /// <summary>
    /// Finds a diagnosis by ORPHAcode (<c>ORPHA:521</c>, <c>orpha:521</c> or bare <c>521</c>) or, failing that, by
    /// ICD-10 code (case-insensitive, for example <c>c92.1</c>). When both are given the ORPHAcode, the more precise
    /// of the two, wins. Returns null when neither matches.
    /// </summary>
    public Diagnosis? FindDiagnosis(string? orphaCode, string? icd10)
    {
        if (TryParseOrphaNumber(orphaCode, out var number) && diagnosesByOrphaNumber.TryGetValue(number, out var byOrpha))
        {
            return byOrpha;
        }

        return !string.IsNullOrWhiteSpace(icd10) && diagnosesByIcd10.TryGetValue(icd10.Trim(), out var byIcd10)
            ? byIcd10
            : null;
    }

    private static string DefaultDirectory()
    {
        string[] candidates =
        [
            Path.Combine(AppContext.BaseDirectory, FolderName),
            Path.Combine(Directory.GetCurrentDirectory(), FolderName),
        ];
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, RegionsFileName)))
            ?? throw new InvalidOperationException(
                $"Reference data file '{RegionsFileName}' was not found in any of: {string.Join(", ", candidates.Select(c => $"'{c}'"))}. "
                + $"The files under {FolderName}/ must be copied to the build output (see {FolderName}/SOURCES.md).");
    }

    private static bool TryParseOrphaNumber(string? code, out int number)
    {
        number = 0;
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        var text = code.AsSpan().Trim();
        if (text.StartsWith("ORPHA", StringComparison.OrdinalIgnoreCase))
        {
            text = text["ORPHA".Length..].TrimStart();
            if (text.StartsWith(":", StringComparison.Ordinal))
            {
                text = text[1..].TrimStart();
            }
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
    }

    private static List<Region> ReadRegions(string path)
    {
        var document = ReadJson<RegionsDocument>(path);
        var errors = new List<string>();
        var regions = new List<Region>();
        var regionCodes = new HashSet<string>(StringComparer.Ordinal);

        if (document.Regions is null || document.Regions.Count == 0)
        {
            errors.Add("'regions' is missing or empty");
        }

        for (var i = 0; i < (document.Regions?.Count ?? 0); i++)
        {
            var entry = document.Regions![i];
            var where = $"regions[{i}]";
            if (entry is null)
            {
                errors.Add($"{where} is null");
                continue;
            }

            var code = CheckCode(entry.Code, where, errors);
            if (code is not null && !regionCodes.Add(code))
            {
                errors.Add($"{where}.code '{code}' is listed twice");
            }

            var name = CheckLabel(entry.Name, $"{where}.name", errors);
            var cities = new List<City>();
            var cityCodes = new HashSet<string>(StringComparer.Ordinal);
            if (entry.Cities is null || entry.Cities.Count == 0)
            {
                errors.Add($"{where}.cities is missing or empty");
            }

            for (var j = 0; j < (entry.Cities?.Count ?? 0); j++)
            {
                var city = entry.Cities![j];
                var cityWhere = $"{where}.cities[{j}]";
                if (city is null)
                {
                    errors.Add($"{cityWhere} is null");
                    continue;
                }

                var cityCode = CheckCode(city.Code, cityWhere, errors);
                if (cityCode is not null && !cityCodes.Add(cityCode))
                {
                    errors.Add($"{cityWhere}.code '{cityCode}' is listed twice in region '{code}'");
                }

                var cityName = CheckLabel(city.Name, $"{cityWhere}.name", errors);
                if (cityCode is not null && cityName is not null)
                {
                    cities.Add(new City(cityCode, cityName));
                }
            }

            if (code is not null && name is not null)
            {
                regions.Add(new Region(code, name, cities.AsReadOnly()));
            }
        }

        ThrowIfInvalid(path, errors);
        return regions;
    }

    private static List<Diagnosis> ReadDiagnoses(string path)
    {
        var document = ReadJson<DiagnosesDocument>(path);
        var errors = new List<string>();
        var diagnoses = new List<Diagnosis>();
        var orphaNumbers = new HashSet<int>();

        if (document.Diagnoses is null || document.Diagnoses.Count == 0)
        {
            errors.Add("'diagnoses' is missing or empty");
        }

        for (var i = 0; i < (document.Diagnoses?.Count ?? 0); i++)
        {
            var entry = document.Diagnoses![i];
            var where = $"diagnoses[{i}]";
            if (entry is null)
            {
                errors.Add($"{where} is null");
                continue;
            }

            var orphaCode = entry.OrphaCode;
            if (orphaCode is not null)
            {
                if (!OrphaCodeFormat().IsMatch(orphaCode) || !TryParseOrphaNumber(orphaCode, out var orphaNumber))
                {
                    errors.Add($"{where}.orphaCode '{orphaCode}' is not of the form ORPHA:<number> (use null when unknown)");
                }
                else if (!orphaNumbers.Add(orphaNumber))
                {
                    errors.Add($"{where}.orphaCode '{orphaCode}' is listed twice");
                }
            }

            var icd10 = entry.Icd10;
            if (icd10 is not null && !Icd10Format().IsMatch(icd10))
            {
                errors.Add($"{where}.icd10 '{icd10}' is not an ICD-10 code such as C92 or C92.1 (use null when unknown)");
            }

            if (orphaCode is null && icd10 is null)
            {
                errors.Add($"{where} has neither an orphaCode nor an icd10 code");
            }

            var group = CheckCode(entry.Group, $"{where}.group", errors, "group");
            if (entry.IuisCategory is not null && string.IsNullOrWhiteSpace(entry.IuisCategory))
            {
                errors.Add($"{where}.iuisCategory is blank (use null when it does not apply)");
            }

            var name = CheckLabel(entry.Name, $"{where}.name", errors);
            if (group is not null && name is not null)
            {
                diagnoses.Add(new Diagnosis(orphaCode, icd10, group, entry.IuisCategory, name));
            }
        }

        ThrowIfInvalid(path, errors);
        return diagnoses;
    }

    private static T ReadJson<T>(string path)
        where T : class
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Reference data file '{path}' was not found.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, JsonOptions)
                ?? throw new InvalidOperationException($"Reference data file '{path}' is malformed: it holds JSON null.");
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Reference data file '{path}' is malformed JSON: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new InvalidOperationException($"Reference data file '{path}' could not be read: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new InvalidOperationException($"Reference data file '{path}' could not be read: {ex.Message}", ex);
        }
    }

    private static string? CheckCode(string? code, string where, List<string> errors, string property = "code")
    {
        if (code is null || !KebabCode().IsMatch(code))
        {
            errors.Add($"{where}.{property} '{code}' is not a kebab-case ASCII code such as 'casablanca-settat'");
            return null;
        }

        return code;
    }

    private static Label? CheckLabel(LabelEntry? label, string where, List<string> errors)
    {
        if (label is null)
        {
            errors.Add($"{where} is missing");
            return null;
        }

        var valid = true;
        foreach (var (language, text) in new[] { ("ar", label.Ar), ("fr", label.Fr), ("en", label.En) })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                errors.Add($"{where}.{language} is missing or blank");
                valid = false;
            }
        }

        return valid ? new Label(label.Ar!, label.Fr!, label.En!) : null;
    }

    private static void ThrowIfInvalid(string path, List<string> errors)
    {
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"Reference data file '{path}' is malformed:{Environment.NewLine}- {string.Join($"{Environment.NewLine}- ", errors)}");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCode();

    [GeneratedRegex("^ORPHA:[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex OrphaCodeFormat();

    [GeneratedRegex(@"^[A-Z][0-9]{2}(?:\.[0-9]{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Icd10Format();

    // JSON shapes of the files: every property nullable so that a missing one is reported, not thrown on.
    private sealed class RegionsDocument
    {
        public List<RegionEntry?>? Regions { get; set; }
    }

    private sealed class RegionEntry
    {
        public string? Code { get; set; }

        public LabelEntry? Name { get; set; }

        public List<CityEntry?>? Cities { get; set; }
    }

    private sealed class CityEntry
    {
        public string? Code { get; set; }

        public LabelEntry? Name { get; set; }
    }

    private sealed class DiagnosesDocument
    {
        public List<DiagnosisEntry?>? Diagnoses { get; set; }
    }

    private sealed class DiagnosisEntry
    {
        public string? OrphaCode { get; set; }

        public string? Icd10 { get; set; }

        public string? Group { get; set; }

        public string? IuisCategory { get; set; }

        public LabelEntry? Name { get; set; }
    }

    private sealed class LabelEntry
    {
        public string? Ar { get; set; }

        public string? Fr { get; set; }

        public string? En { get; set; }
    }
}
