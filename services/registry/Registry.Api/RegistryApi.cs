namespace PatientNetwork.Registry;

/// <summary>Marks the Registry.Api assembly for hosts and tests (every service's Program is named Program).</summary>
public sealed class RegistryApi;
