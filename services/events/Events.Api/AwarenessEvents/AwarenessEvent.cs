using System.Text.Json;
using PatientNetwork.Contracts;

namespace PatientNetwork.Events.AwarenessEvents;

/// <summary>An event an association runs for the public: awareness day, blood drive, lecture, workshop.</summary>
public sealed class AwarenessEvent
{
    private AwarenessEvent()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string? BranchId { get; private set; }

    public string Title { get; private set; } = "";

    public EventKind Kind { get; private set; }

    public string City { get; private set; } = "";

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public DateTimeOffset ScheduledAt { get; private set; }

    public string ScheduledBy { get; private set; } = "";

    public static AwarenessEvent Schedule(ScheduleEventRequest request, string associationId, string? branchId, string scheduledBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AssociationId = associationId,
        BranchId = branchId,
        Title = request.Title!.Trim(),
        Kind = request.Kind!.Value,
        City = request.City!.Trim(),
        StartsAt = request.StartsAt!.Value,
        EndsAt = request.EndsAt!.Value,
        ScheduledAt = now,
        ScheduledBy = scheduledBy,
    };

    public EventScheduled ToScheduledEvent(DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, Id, AssociationId, Title, KindName, City, StartsAt, EndsAt);

    private string KindName => JsonNamingPolicy.KebabCaseLower.ConvertName(Kind.ToString());
}
