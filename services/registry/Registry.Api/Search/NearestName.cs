using PatientNetwork.Registry.Patients;

namespace PatientNetwork.Registry.Search;

/// <summary>A candidate of a name search and how far its name is from the typed text (0 = same words).</summary>
public sealed record NearestName(PatientSummary Summary, double Distance);
