namespace PatientNetwork.Events.BloodDrives.Sites;

/// <summary>
/// A blood drive: an Events event of kind blood drive (its title, dates, status and public visibility are the event's),
/// the partner hospital and the transfusion centre whose eligibility rules apply, and the sites where donors give.
/// </summary>
public sealed class BloodDrive
{
    private BloodDrive()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string? BranchId { get; private set; }

    public string Hospital { get; private set; } = "";

    /// <summary>The transfusion centre (e.g. CRTS Settat); its latest eligibility rule set applies to bookings.</summary>
    public string TransfusionCentre { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public List<DriveSite> Sites { get; private set; } = [];

    public static BloodDrive Open(Guid eventId, string associationId, string? branchId, string hospital, string transfusionCentre, string createdBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        EventId = eventId,
        AssociationId = associationId,
        BranchId = branchId,
        Hospital = hospital.Trim(),
        TransfusionCentre = transfusionCentre.Trim(),
        CreatedAt = now,
        CreatedBy = createdBy,
    };
}
