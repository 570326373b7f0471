namespace PatientNetwork.Registry.Patients;

/// <summary>The 12 regions of Morocco (decree 2-15-40 of 2015), by stable code.</summary>
public static class MoroccanRegions
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["tanger-tetouan-al-hoceima"] = "Tanger-Tétouan-Al Hoceïma",
        ["oriental"] = "L'Oriental",
        ["fes-meknes"] = "Fès-Meknès",
        ["rabat-sale-kenitra"] = "Rabat-Salé-Kénitra",
        ["beni-mellal-khenifra"] = "Béni Mellal-Khénifra",
        ["casablanca-settat"] = "Casablanca-Settat",
        ["marrakech-safi"] = "Marrakech-Safi",
        ["draa-tafilalet"] = "Drâa-Tafilalet",
        ["souss-massa"] = "Souss-Massa",
        ["guelmim-oued-noun"] = "Guelmim-Oued Noun",
        ["laayoune-sakia-el-hamra"] = "Laâyoune-Sakia El Hamra",
        ["dakhla-oued-ed-dahab"] = "Dakhla-Oued Ed-Dahab",
    };
}
