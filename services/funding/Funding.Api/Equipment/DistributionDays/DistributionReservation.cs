using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.Funding.Equipment.DistributionDays;

/// <summary>A chair set aside for one child on a distribution day, then handed out (an assignment) or not (with the reason).</summary>
public sealed class DistributionReservation
{
    private DistributionReservation()
    {
    }

    public Guid Id { get; private set; }

    public Guid DayId { get; private set; }

    public string AssociationId { get; private set; } = "";

    public Guid ItemId { get; private set; }

    public Guid PatientId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public ReservationOutcome Outcome { get; private set; }

    public Guid? AssignmentId { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset ReservedAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public static DistributionReservation For(Guid dayId, string associationId, Guid itemId, Guid patientId, string regionCode, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        DayId = dayId,
        AssociationId = associationId,
        ItemId = itemId,
        PatientId = patientId,
        RegionCode = regionCode,
        Outcome = ReservationOutcome.Reserved,
        ReservedAt = now,
    };

    /// <summary>The child's Registry record was merged into another: the place follows the child.</summary>
    public void MoveTo(Guid survivingPatientId) => PatientId = survivingPatientId;

    public void HandedOut(Guid assignmentId, DateTimeOffset at)
    {
        EnsureOpen();
        Outcome = ReservationOutcome.HandedOut;
        AssignmentId = assignmentId;
        ResolvedAt = at;
    }

    public void NotHandedOut(string reason, DateTimeOffset at)
    {
        EnsureOpen();
        Outcome = ReservationOutcome.NotHandedOut;
        Note = reason;
        ResolvedAt = at;
    }

    private void EnsureOpen()
    {
        if (Outcome != ReservationOutcome.Reserved)
        {
            throw new FundingConflictException("The reservation is settled already.", $"Reservation {Id} was recorded as {Outcome} at {ResolvedAt:O}.",
                new Dictionary<string, object?> { ["outcome"] = System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(Outcome.ToString()) });
        }
    }
}
