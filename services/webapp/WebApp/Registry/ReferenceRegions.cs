using System.Text.Json;
using PatientNetwork.WebApp.Localization;

namespace PatientNetwork.WebApp.Registry;

/// <summary>The 12 regions of Morocco and their cities with names in the three languages, from the Registry's own reference file.</summary>
public sealed class ReferenceRegions
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public ReferenceRegions()
    {
        using var stream = typeof(ReferenceRegions).Assembly.GetManifestResourceStream("PatientNetwork.WebApp.regions.json")
            ?? throw new InvalidOperationException("regions.json is not embedded.");
        var file = JsonSerializer.Deserialize<RegionsFile>(stream, WebJson)!;
        All = file.Regions;
    }

    public IReadOnlyList<RegionEntry> All { get; }

    public string RegionName(string? code) => All.FirstOrDefault(r => r.Code == code)?.Name.For(Languages.Current) ?? code ?? "";

    public string CityName(string? region, string? city) =>
        All.FirstOrDefault(r => r.Code == region)?.Cities.FirstOrDefault(c => c.Code == city)?.Name.For(Languages.Current) ?? city ?? "";

    private sealed record RegionsFile(IReadOnlyList<RegionEntry> Regions);
}

public sealed record RegionEntry(string Code, LocalName Name, IReadOnlyList<CityEntry> Cities);

public sealed record CityEntry(string Code, LocalName Name);

public sealed record LocalName(string Ar, string Fr, string En)
{
    public string For(Language language) => language.Code switch
    {
        "ar" => Ar,
        "fr" => Fr,
        _ => En,
    };
}
