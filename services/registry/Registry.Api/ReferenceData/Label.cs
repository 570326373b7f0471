namespace PatientNetwork.Registry.ReferenceData;

/// <summary>A display name in the registry's three languages: Arabic, French and English.</summary>
public sealed record Label(string Ar, string Fr, string En);
