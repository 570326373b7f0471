using System.Collections.Frozen;
using System.Text.Json;

namespace PatientNetwork.Events.Places;

/// <summary>
/// The Moroccan cities (prefectures and provinces) an event may take place in: the Registry's own list,
/// <c>services/registry/Registry.Api/ReferenceData/regions.json</c>, linked into this build (Events.Api.csproj),
/// never copied, so both services accept exactly the same places. A city is named by its code
/// (<c>casablanca</c>, <c>el-jadida</c>) or by its Arabic, French or English name, in any case; it is stored as the code.
/// </summary>
public sealed class EventCities
{
    public const string FileName = "regions.json";

    public const string Message = "This city is not in the list of Moroccan cities (a prefecture or province code such as 'casablanca', or its name).";

    private readonly FrozenDictionary<string, string> codesByName;
    private readonly FrozenDictionary<string, CityName> namesByCode;

    private EventCities(IReadOnlyList<CityName> cities)
    {
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var city in cities)
        {
            foreach (var name in new[] { city.Code, city.Ar, city.Fr, city.En })
            {
                byName.TryAdd(name.Trim(), city.Code);
            }
        }

        codesByName = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        namesByCode = cities.GroupBy(c => c.Code, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>Every city's code with its names.</summary>
    public IEnumerable<CityName> All => namesByCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal);

    /// <summary>The code of the city named (by code or name), or null when it is not a Moroccan city of the list.</summary>
    public string? CodeOf(string? nameOrCode) =>
        nameOrCode is not null && codesByName.TryGetValue(nameOrCode.Trim(), out var code) ? code : null;

    /// <summary>The names of a stored city code (for the calendar's French name), or null.</summary>
    public CityName? Find(string? code) => code is not null && namesByCode.TryGetValue(code, out var city) ? city : null;

    /// <summary>Reads the list next to the application (<c>ReferenceData/regions.json</c>).</summary>
    /// <exception cref="InvalidOperationException">The file is missing or holds no city.</exception>
    public static EventCities Load(string? path = null)
    {
        path ??= Path.Combine(AppContext.BaseDirectory, "ReferenceData", FileName);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The list of cities '{path}' is missing; Events.Api.csproj links the Registry's ReferenceData/{FileName} into the build.");
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var cities = new List<CityName>();
        var regions = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement : document.RootElement.GetProperty("regions");
        foreach (var region in regions.EnumerateArray())
        {
            foreach (var city in region.GetProperty("cities").EnumerateArray())
            {
                var name = city.GetProperty("name");
                cities.Add(new CityName(
                    city.GetProperty("code").GetString()!,
                    name.GetProperty("ar").GetString()!,
                    name.GetProperty("fr").GetString()!,
                    name.GetProperty("en").GetString()!));
            }
        }

        return cities.Count == 0 ? throw new InvalidOperationException($"The list of cities '{path}' holds no city.") : new EventCities(cities);
    }
}
