namespace PatientNetwork.Contracts;

/// <summary>
/// Funding approved (fully or partly) a medicine claim. Carries no name and no amount: a
/// pseudonymous patient id, the programme and the year, enough for the staff app to refresh and
/// for de-identified counts of claims per diagnosis group and region.
/// </summary>
public sealed record ClaimApproved(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ClaimId,
    Guid PatientId,
    string AssociationId,
    Guid ProgrammeId,
    int ProgrammeVersion,
    bool Partial,
    string DiagnosisGroup,
    string RegionCode) : IIntegrationEvent;
