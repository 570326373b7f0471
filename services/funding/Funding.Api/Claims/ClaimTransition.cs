namespace PatientNetwork.Funding.Claims;

/// <summary>One step of a claim's life: from which state to which, who, when and why. Never changed once written.</summary>
public sealed class ClaimTransition
{
    public int Sequence { get; set; }

    public ClaimStatus? From { get; set; }

    public ClaimStatus To { get; set; }

    public DateTimeOffset At { get; set; }

    public string ByStaffId { get; set; } = "";

    public string ByLogin { get; set; } = "";

    public string? Reason { get; set; }
}
