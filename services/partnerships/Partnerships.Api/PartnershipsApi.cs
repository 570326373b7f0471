namespace PatientNetwork.Partnerships;

/// <summary>Marks the Partnerships.Api assembly for hosts and tests (every service's Program is named Program).</summary>
public sealed class PartnershipsApi;
