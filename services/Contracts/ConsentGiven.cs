namespace PatientNetwork.Contracts;

/// <summary>
/// A patient (or guardian) gave consent for one purpose: care-coordination, medicine-funding,
/// statistics or research-contact. Diagnosis group and region ride along because the statistics
/// purpose needs them to count the patient, and nothing else identifying does.
/// </summary>
public sealed record ConsentGiven(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PatientId,
    string AssociationId,
    string Purpose,
    string DiagnosisGroup,
    string RegionCode) : IIntegrationEvent;
