namespace PatientNetwork.Partnerships.Calendar;

public sealed record PublicEventResponse(Guid Id, string AssociationId, string Title, string Kind, string City, DateTimeOffset StartsAt, DateTimeOffset EndsAt);
