namespace PatientNetwork.Events.Registrations;

public sealed class WaitingListOptions
{
    public const string Section = "WaitingList";

    /// <summary>How long a freed place is held for the party it is offered to, unless the event sets its own.</summary>
    public TimeSpan OfferLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often each instance looks for expired offers to pass on.</summary>
    public TimeSpan SweepEvery { get; set; } = TimeSpan.FromSeconds(2);
}
