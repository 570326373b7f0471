namespace PatientNetwork.Events.Places;

/// <summary>A city of the Registry's list: its code and its Arabic, French and English names.</summary>
public sealed record CityName(string Code, string Ar, string Fr, string En);
