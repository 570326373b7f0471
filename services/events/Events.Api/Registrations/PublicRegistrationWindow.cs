namespace PatientNetwork.Events.Registrations;

/// <summary>
/// Public registrations counted per client and fixed window, in the database every instance shares (Events has
/// no Redis of its own). The client is a keyed hash of its address, never the address itself.
/// </summary>
public sealed class PublicRegistrationWindow
{
    private PublicRegistrationWindow()
    {
    }

    public string Client { get; private set; } = "";

    public DateTimeOffset WindowStart { get; private set; }

    public int Count { get; private set; }
}
