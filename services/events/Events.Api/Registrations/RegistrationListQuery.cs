namespace PatientNetwork.Events.Registrations;

/// <summary>Filters of an event's participant list.</summary>
public sealed record RegistrationListQuery(RegistrationStatus? Status, int? Page, int? PageSize);
