namespace PatientNetwork.Messaging.Outbox;

/// <summary>When the relay gives up on an unreadable row (configuration section <c>Messaging:Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Messaging:Outbox";

    public const int DefaultParkAfterAttempts = 10;

    /// <summary>Failed attempts, counted only while the row itself cannot be read, before it is parked.</summary>
    public int ParkAfterAttempts { get; set; } = DefaultParkAfterAttempts;

    /// <summary>How long the row must have been failing before it is parked, whatever the number of attempts.</summary>
    public TimeSpan ParkAfterFailingFor { get; set; } = TimeSpan.FromMinutes(10);

    public OutboxParkingRule Parking => new(ParkAfterAttempts, ParkAfterFailingFor);

    public bool IsValid => ParkAfterAttempts > 0 && ParkAfterFailingFor >= TimeSpan.Zero;
}
