namespace PatientNetwork.Events.AwarenessEvents;

public sealed record AwarenessEventResponse(Guid Id, string AssociationId, string? BranchId, string Title, EventKind Kind, string City, DateTimeOffset StartsAt, DateTimeOffset EndsAt)
{
    public static AwarenessEventResponse From(AwarenessEvent e) => new(e.Id, e.AssociationId, e.BranchId, e.Title, e.Kind, e.City, e.StartsAt, e.EndsAt);
}
