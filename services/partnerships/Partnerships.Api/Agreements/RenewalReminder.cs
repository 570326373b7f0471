namespace PatientNetwork.Partnerships.Agreements;

/// <summary>
/// A renewal reminder recorded for an agreement ending within one of the lead times: one row per (agreement, lead
/// time), kept unique by the database so replicas running the job side by side record it once.
/// </summary>
public sealed class RenewalReminder
{
    private RenewalReminder()
    {
    }

    public long Id { get; private set; }

    public Guid AgreementId { get; private set; }

    public string PartnerId { get; private set; } = "";

    public string AssociationId { get; private set; } = "";

    public int LeadDays { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
